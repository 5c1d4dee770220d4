"""security settings (issue #7); imported at the end of base.py."""
