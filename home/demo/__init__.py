"""The demo site: home's pages, then every app's demo (see loader.load_demo).

`from home.demo import load_demo` is what `manage.py load_demo` and the tests use; the content
apps' demos use `stream_data` (the body notation) and the demo password from here.
"""

from .blocks import stream_data
from .data import DEMO_PASSWORD, DEMO_USERS
from .loader import load_demo

__all__ = ["DEMO_PASSWORD", "DEMO_USERS", "load_demo", "stream_data"]
