"""What the directory shows in another website's frame (the interface embedding.hook
describes): `index` for the directory's filtered list, `organisation` for one organisation.

Links stay relative to the site ("/de/…"): the frame resolves them against our own address
and `<base target="_blank">` opens them outside it.
"""
