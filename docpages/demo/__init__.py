"""The documents demo (see loader.py; texts in data.py, files in files/), run by
home.demo.load_demo."""

from .data import FILES
from .loader import load

__all__ = ["FILES", "load"]
