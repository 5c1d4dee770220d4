"""Admin page forms that offer translatable snippets in the page's own language only.

A page's checkbox lists and selects of translatable snippets (categories, authors, venues,
organisers) would otherwise list every item seven times, once per language. A German page
offers the German items; its translations point at the translated items by themselves
(wagtail-localize synchronises references to translatable snippets).

Page models use it as `base_form_class = OneLanguagePageForm`.
"""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import TranslatableMixin


class OneLanguagePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if locale_id is None:
            return
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is not None and issubclass(queryset.model, TranslatableMixin):
                field.queryset = queryset.filter(locale_id=locale_id)
