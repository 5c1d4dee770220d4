"""The content apps' factories, for the embeds of their pages (fixtures shared by import)."""

from tests.blogpages.conftest import (  # noqa: F401
    blog_author,
    blog_category,
    blog_index,
    make_post,
)
from tests.docpages.conftest import (  # noqa: F401
    collection,
    doc_category,
    make_document,
    make_library,
)
from tests.eventpages.conftest import (  # noqa: F401
    category,
    event_index,
    make_event,
    town,
    venue,
)
