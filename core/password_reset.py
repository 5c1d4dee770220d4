"""The Wagtail admin's "forgot password" form, rate limited like the site's other forms.

Each POST sends an email when the address belongs to an account, so without a limit the form
floods a member's mailbox and lets a bot probe addresses at any rate. At most LIMIT requests
per client address and LIMIT per entered address per WINDOW are answered; beyond that the
"too many attempts" page (429, Retry-After) and no email. Both are counted for every accepted
form, whether or not an account has the address, so the answer tells nobody which addresses
exist; a form refused for a mistyped address sends nothing and is not counted.
"""

from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from wagtail.admin.views.account import PasswordResetView

from . import ratelimit

LIMIT = 5  # reset requests per client address, and per entered email address …
WINDOW = 60 * 60  # … in this many seconds
SCOPE_ADDRESS = "password-reset:ip"
SCOPE_EMAIL = "password-reset:email"


@method_decorator(never_cache, name="dispatch")
class LimitedPasswordResetView(PasswordResetView):
    def form_valid(self, form):
        request = self.request
        exceeded = []
        ip_address = ratelimit.client_ip(request)
        if ratelimit.hit(SCOPE_ADDRESS, ip_address, LIMIT, WINDOW):
            exceeded.append((SCOPE_ADDRESS, ip_address))
        email = form.cleaned_data.get("email", "").strip().lower()
        if email and ratelimit.hit(SCOPE_EMAIL, email, LIMIT, WINDOW):
            exceeded.append((SCOPE_EMAIL, email))
        if exceeded:
            retry_after = max(ratelimit.retry_after(scope, key, WINDOW) for scope, key in exceeded)
            return ratelimit.too_many_response(
                request, retry_after, context={"back_url": reverse("wagtailadmin_password_reset")}
            )
        return super().form_valid(form)
