# Django's fa locale sets no input formats: it reads the global defaults.
from django.conf import global_settings

from network_site.formats import with_day_first

DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS = with_day_first(
    global_settings.DATE_INPUT_FORMATS, global_settings.DATETIME_INPUT_FORMATS
)
