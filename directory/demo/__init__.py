"""The directory demo (see loader.py; texts in data.py), run by home.demo.load_demo."""

from .loader import load

__all__ = ["load"]
