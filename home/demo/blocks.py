"""The demos' compact notation for StreamField bodies, turned into the site's blocks.

Every app's demo data writes bodies as (block type, value) pairs: paragraphs as lists of
strings, info boxes and accordions with their texts as lists, calls to action naming a page
by its demo key. The notation is that of the shared block library (home/blocks.py), so it
lives here, beside home's demo, and the content apps' demos use it too.
"""

import uuid

from ..blocks import paragraphs as escaped_paragraphs


def paragraphs(*texts):
    """Rich text paragraphs of demo texts, whose only markup is bold (<b>…</b>).

    Everything else is escaped; the bold tags are kept as tags (escaping them as well wrote a
    literal "<b>" into the German pages, e.g. the accessibility statement).
    """
    html = escaped_paragraphs(*texts)
    return str(html).replace("&lt;b&gt;", "<b>").replace("&lt;/b&gt;", "</b>")


BLOCK_TYPES = {"cta": "call_to_action"}


def block_value(block_type, value, pages):
    """Turn the compact demo notation into StreamField data."""
    if block_type == "paragraph":
        return paragraphs(*value)
    if block_type == "info_box":
        return {**value, "text": paragraphs(*value["text"])}
    if block_type == "accordion":
        # ListBlock items carry stable ids, so translations find their segments again.
        items = [
            {
                "type": "item",
                "id": str(uuid.uuid4()),
                "value": {"question": item["question"], "answer": paragraphs(*item["answer"])},
            }
            for item in value["items"]
        ]
        return {"title": value.get("title", ""), "items": items}
    if block_type == "cta":
        return {"label": value["label"], "page": pages[value["page"]].pk, "url": ""}
    return value


def stream_data(body, pages):
    """A body in the compact notation as StreamField data; `pages` maps demo keys to pages."""
    return [
        {
            "type": BLOCK_TYPES.get(block_type, block_type),
            "value": block_value(block_type, value, pages),
            "id": str(uuid.uuid4()),
        }
        for block_type, value in body
    ]
