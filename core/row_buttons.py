"""The page rows' "more" buttons with their addresses put together, not reversed one by one.

Each row of a page listing has a "more" dropdown of about ten buttons, and each of Wagtail's
buttons (`PageMenuItem`: edit, move, copy, history, …, and our "Einbetten") reverses its URL
name with the page's id on its own: some 250 `reverse()` calls for a listing page of 25 rows,
a quarter of what the rows cost. The addresses differ only in the id, so each URL name is
reversed once with a stand-in id and every row's address is that text around its own id
(`page_url`), with the `next` parameter added exactly as `PageMenuItem.url` adds it.

`QuickDropdown` is Wagtail's row dropdown (`ButtonWithDropdownFromHook`), asking the same hook
(`register_page_listing_more_buttons`) for the same buttons and keeping the same ones; only the
menu items that use `PageMenuItem`'s own address (a `url_name`, no `url` of their own) get it
from `page_url`. `install()` puts `listing_buttons` where Wagtail's `page_listing_buttons` is
registered (core.wagtail_hooks); read wagtail.admin.wagtail_hooks again when upgrading Wagtail.
"""

from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.admin import wagtail_hooks as wagtail_admin_hooks
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.widgets.button import Button, ButtonWithDropdownFromHook

STAND_IN = "918273645"
# (URL name, script prefix, URL configuration, language) -> (before the id, after it), or None
# where the stand-in does not come out as put in. A few URL names: stays small.
_parts = {}

# PageMenuItem's own address (reverse(url_name, [id]) and ?next=…), as its subclasses inherit it.
DEFAULT_URL = PageMenuItem.__dict__["url"]


def page_url(name, page_id):
    """reverse(name, args=[page_id]) for a URL that takes a page's id, from one reversal."""
    key = (name, get_script_prefix(), get_urlconf(), get_language())
    if key not in _parts:
        before, found, after = reverse(name, args=[STAND_IN]).partition(STAND_IN)
        _parts[key] = (before, after) if found and STAND_IN not in after else None
    parts = _parts[key]
    if parts is None:
        return reverse(name, args=[page_id])
    return f"{parts[0]}{int(page_id)}{parts[1]}"


def quick_url(item):
    """What `PageMenuItem.url` would say for `item`."""
    url = page_url(item.url_name, item.page.id)
    if item.next_url:
        url += "?" + urlencode({"next": item.next_url})
    return url


def has_default_url(item):
    return (
        isinstance(item, PageMenuItem)
        and item.url_name is not None
        and item.page is not None
        and "url" not in item.__dict__
        and getattr(type(item), "url", None) is DEFAULT_URL
    )


class QuickDropdown(ButtonWithDropdownFromHook):
    """Wagtail's row dropdown whose default-address menu items are given their address."""

    @cached_property
    def dropdown_buttons(self):
        # ButtonWithDropdownFromHook.dropdown_buttons, with the addresses put together.
        hook_buttons = []
        for hook in hooks.get_hooks(self.hook_name):
            hook_buttons.extend(hook(page=self.page, user=self.user, next_url=self.next_url))
        buttons = []
        for button in hook_buttons:
            if isinstance(button, MenuItem):
                if button.is_shown(self.user):
                    if has_default_url(button):
                        button.url = quick_url(button)
                    buttons.append(Button.from_menu_item(button))
            elif button.show:
                buttons.append(button)
        return buttons


def listing_buttons(page, user, next_url=None):
    """Wagtail's register_page_listing_buttons hook (wagtail.admin.wagtail_hooks), its dropdown
    a QuickDropdown with the same arguments."""
    for button in wagtail_admin_hooks.page_listing_buttons(page, user, next_url=next_url):
        if type(button) is ButtonWithDropdownFromHook:
            button = QuickDropdown(
                button.label,
                hook_name=button.hook_name,
                page=button.page,
                user=button.user,
                next_url=button.next_url,
                classname=button.classname,
                icon_name=button.icon_name,
                attrs=button.attrs,
                priority=button.priority,
            )
        yield button


def install():
    hook_name = "register_page_listing_buttons"
    original = wagtail_admin_hooks.page_listing_buttons
    hooks._hooks[hook_name] = [
        (listing_buttons if fn is original else fn, order)
        for fn, order in hooks._hooks.get(hook_name, [])
    ]
