"""What a news index and a post show in another website's frame.

One module per page type, named by the page class (`embed_module`), with the functions
embedding.hook describes: `index` for a news index, `post` for a post.
"""


def absolute_url(request, page):
    """A page's full address on the host the frame was served from (as the frame's own link)."""
    return request.build_absolute_uri(page.get_url(request))
