"""The int8 model derived from the package's model: cached, and embedding like the original."""
import numpy as np

from triangulate.nlp import embed

TEXTS = ["Armenia and Azerbaijan exchanged prisoners on Wednesday.",
         "Baku and Yerevan swapped detained soldiers this week.",
         "A magnitude 6.8 earthquake struck central Morocco overnight.",
         "The central bank raised interest rates by a quarter point."]


def test_the_derived_model_is_cached_once(tmp_path, monkeypatch):
    monkeypatch.setenv("TRIANGULATE_CACHE", str(tmp_path))
    first = embed._quantized(embed._model_path())
    assert first.parent == tmp_path and first.stat().st_size > 1_000_000
    mtime = first.stat().st_mtime_ns
    assert embed._quantized(embed._model_path()) == first and first.stat().st_mtime_ns == mtime
    assert [p.name for p in tmp_path.iterdir()] == [first.name]  # no work files left behind


def test_a_damaged_cached_model_is_derived_again(tmp_path, monkeypatch):
    monkeypatch.setenv("TRIANGULATE_CACHE", str(tmp_path))
    cached = embed._quantized(embed._model_path())
    cached.write_bytes(b"not a model")
    embed._session.cache_clear()
    try:
        assert embed.embed(TEXTS[:1]).shape == (1, 384)
        assert cached.stat().st_size > 1_000_000
    finally:
        embed._session.cache_clear()  # later tests load the model from the default cache


def test_the_derived_model_embeds_like_the_package_model():
    ours, package = embed.embed(TEXTS), embed.embed(TEXTS, quantized=False)
    assert np.all((ours * package).sum(axis=1) > 0.97)
    similar = ours @ ours.T
    assert similar[0, 1] > max(similar[0, 2], similar[0, 3]) + 0.2  # the paraphrase stays closest


def test_batches_group_texts_of_similar_length():
    lengths = [3, 40, 4, 5, 120, 9, 38, 44, 4]
    batches = embed._batches([[1] * n for n in lengths], batch_size=3)
    assert sorted(k for b in batches for k in b) == list(range(len(lengths)))
    assert [[lengths[k] for k in b] for b in batches] == [[3, 4, 4], [5, 9], [38, 40, 44], [120]]


def test_a_text_embeds_alike_alone_and_beside_longer_ones():
    alone = embed.embed(TEXTS[:1])[0]
    together = embed.embed(TEXTS[:1] + [" ".join(TEXTS * 3)] + TEXTS[1:])[0]
    assert float(alone @ together) > 0.99
