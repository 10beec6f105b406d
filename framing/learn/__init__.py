"""Reproducible training of the package's small models (run as modules, never at import)."""
