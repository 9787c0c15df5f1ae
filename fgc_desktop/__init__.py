"""FGC Desktop: an offline workbench for family group conference coordinators."""

__version__ = "0.1.0"
