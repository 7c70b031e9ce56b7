"""The published unxml profile schema(s), installed with the package as ``unxml.schemas``."""
