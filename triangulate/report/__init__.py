"""Report writers: JSON (the public `triangulate.report/1` contract) and Markdown."""
from .json import SCHEMA_PATH, to_json, validate
from .markdown import to_markdown

__all__ = ["SCHEMA_PATH", "to_json", "validate", "to_markdown"]
