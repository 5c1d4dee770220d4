from django.conf.locale.en import formats as django_formats

from network_site.formats import with_day_first

DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS = with_day_first(
    django_formats.DATE_INPUT_FORMATS, django_formats.DATETIME_INPUT_FORMATS
)
