"""Shared NLP models, loaded once per process and only when first needed."""
