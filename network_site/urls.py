from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from blogpages import subscriptions as blog_subscriptions
from core import serving as core_serving
from core.password_reset import LimitedPasswordResetView
from directory import review_views as directory_reviews
from docpages import serving as document_serving
from docpages import sharing as document_sharing
from eventpages.registration import views as registration_views
from home import accounts
from home import views as home_views
from home.sitemaps import MultilingualSitemap
from network_site.api import api_router

urlpatterns = [
    # Before Wagtail's admin, whose "forgot password" form it replaces with a rate-limited one.
    path(
        "admin/password_reset/",
        LimitedPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    re_path(
        r"^documents/(\d+)/(.*)$", document_serving.serve, name="wagtaildocs_serve"
    ),  # before Wagtail's own pattern, which it replaces
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("", include("embedding.urls")),
    path("api/v2/", api_router.urls),
    path("favicon.ico", home_views.favicon),
    path("site-colours.css", home_views.site_colours, name="site_colours"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    from django.views.static import serve as serve_file

    # Images only (a local try-out of `make serve`, or development): documents are served
    # through Wagtail's view, which checks their privacy.
    for folder in ("images", "original_images"):
        urlpatterns.append(
            re_path(
                rf"^{settings.MEDIA_URL.lstrip('/')}{folder}/(?P<path>.*)$",
                serve_file,
                {"document_root": settings.MEDIA_ROOT / folder},
            )
        )

urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("login/", accounts.SiteLoginView.as_view(), name="login"),
    path("logout/", accounts.SiteLogoutView.as_view(), name="logout"),
    path("share-document/", document_sharing.share_document, name="share_document"),
    path("newsletter/", blog_subscriptions.subscribe, name="blog_subscribe"),
    path("newsletter/confirm/<str:token>/", blog_subscriptions.confirm, name="blog_confirm"),
    path(
        "newsletter/unsubscribe/<str:token>/",
        blog_subscriptions.unsubscribe,
        name="blog_unsubscribe",
    ),
    # Links in registration mails: not below the event page, whose address may change
    # (eventpages.registration.links).
    path(
        "registration/confirm/<str:token>/",
        registration_views.confirm,
        name="registration_confirm",
    ),
    path("registration/<str:token>/", registration_views.manage, name="registration_manage"),
    # "Angaben stimmen noch": the reminder mail's link and a linked member's button
    # (directory.review_views).
    path("directory/review/<str:token>/", directory_reviews.review, name="directory_review"),
    path(
        "directory/still-correct/<int:pk>/",
        directory_reviews.still_correct,
        name="directory_still_correct",
    ),
    # Wagtail's serve view, routing from the root page kept per content generation.
    re_path(wagtail_urls.serve_pattern, core_serving.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
)
