"""Demo events (written by the demo work)."""


def load_demo_events(context):
    return None
