"""Members share documents; coordinators approve or reject them.

A shared document waits in the inbox collection (only coordinators can open it) until a
coordinator decides: approved, it moves into the library's first collection; rejected, it is
deleted with its file. Coordinators hear of a new document in the language of their Wagtail
profile (German without one), members of the decision in the language they shared in; both
mails go out after the commit, through core.mail's task.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core import ratelimit
from core.mail import (
    build_message,
    mail_language,
    one_per_address,
    send_after_commit,
    user_language,
)
from core.people import member_name
from core.roles import COORDINATION, EDITORS, MEMBERS, in_groups
from core.site_url import admin_absolute_url, page_url

from .collections import inbox_collection
from .models import DocumentSubmission, NetworkDocument
from .share_forms import REASON_REQUIRED, ShareDocumentForm

SHARING_GROUPS = (MEMBERS, COORDINATION, EDITORS)
SESSION_KEY = "docpages_shared_submission"
INBOX_URL_NAME = "shared_documents:review"
TEMPLATES = "docpages/email/"
SHARE_LIMIT = 10  # accepted (valid) uploads per member …
SHARE_WINDOW = 60 * 60  # … in this many seconds (core.ratelimit, in the shared cache)


class DecisionError(Exception):
    """A submission that cannot be decided (any more); the message says why."""


# Who may do what


def can_share(user):
    return in_groups(user, *SHARING_GROUPS)


def can_decide(user):
    return in_groups(user, COORDINATION)


# The members' form


def share_document(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not can_share(request.user):
        return TemplateResponse(
            request, "docpages/share_document.html", {"allowed": False}, status=403
        )
    if request.method == "POST":
        form = ShareDocumentForm(request.POST, request.FILES, request=request)
        if form.is_valid():
            # Only accepted uploads count: a refused file is corrected, not punished.
            if ratelimit.hit("share-document:user", request.user.pk, SHARE_LIMIT, SHARE_WINDOW):
                retry_after = ratelimit.retry_after(
                    "share-document:user", request.user.pk, SHARE_WINDOW
                )
                return ratelimit.too_many_response(request, retry_after)
            submission = submit_document(form, request.user, get_language())
            request.session[SESSION_KEY] = submission.pk
            return redirect(reverse("share_document"))
        form.ask_for_file_again()
    else:
        shared = request.session.pop(SESSION_KEY, None)
        if shared is not None:
            return shared_view(request, shared)
        form = ShareDocumentForm(request=request, library=request.GET.get("library"))
    return TemplateResponse(
        request, "docpages/share_document.html", {"allowed": True, "form": form}
    )


def shared_view(request, submission_id):
    """The confirmation after the redirect, shown once (a reload gives the empty form)."""
    submission = (
        DocumentSubmission.objects.filter(pk=submission_id, submitted_by=request.user)
        .select_related("library")
        .first()
    )
    library_url = None
    if submission is not None:
        library_url = _library_in(submission.library, get_language()).get_url(request)
    return TemplateResponse(
        request,
        "docpages/share_done.html",
        {"submission": submission, "library_url": library_url},
    )


def submit_document(form, user, language_code):
    """Store the document in the inbox and its submission; then tell the coordinators."""
    data = form.cleaned_data
    document = NetworkDocument(
        title=data["title"],
        description=data["description"],
        language=data["language"],
        category=data["category"],
        collection=inbox_collection(),
        uploaded_by_user=user,
    )
    upload = data["file"]
    upload.seek(0)
    document.file.save(form.filename or upload.name, upload, save=False)
    document._set_document_file_metadata()
    try:
        with transaction.atomic():
            document.save()
            submission = DocumentSubmission.objects.create(
                document=document,
                title=document.title,
                library=data["library"],
                submitted_by=user,
                language_code=(language_code or settings.LANGUAGE_CODE)[:10],
            )
    except Exception:
        document.file.storage.delete(document.file.name)
        raise
    notify_coordinators(submission)
    return submission


# Decisions (called by the admin views, the demo and tests)


def approve_submission(submission, user):
    """Move the document into the library's first collection and tell the member."""
    with transaction.atomic():
        submission = _lock_pending(submission)
        document = submission.document
        if document is None:
            raise DecisionError(_("Das Dokument gibt es nicht mehr."))
        collection = submission.library.upload_collection()
        if collection is None:
            raise DecisionError(
                _("Die Bibliothek „%(library)s“ hat keine Sammlung für neue Dokumente.")
                % {"library": submission.library.title}
            )
        document.collection = collection
        document.save()
        _decide(submission, user, DocumentSubmission.APPROVED)
    notify_member(submission)
    return submission


def reject_submission(submission, user, reason):
    """Delete the document (Wagtail removes its file after the commit) and tell the member."""
    reason = (reason or "").strip()
    if not reason:
        raise DecisionError(str(REASON_REQUIRED))
    with transaction.atomic():
        submission = _lock_pending(submission)
        document = submission.document
        submission.document = None
        submission.reason = reason
        _decide(submission, user, DocumentSubmission.REJECTED)
        if document is not None:
            document.delete()
    notify_member(submission)
    return submission


def _lock_pending(submission):
    locked = (
        DocumentSubmission.objects.select_for_update(of=("self",))
        .select_related("document", "library", "submitted_by")
        .get(pk=submission.pk)
    )
    if locked.status != DocumentSubmission.PENDING:
        raise DecisionError(_("Über „%(title)s“ ist schon entschieden.") % {"title": locked.title})
    return locked


def _decide(submission, user, status):
    submission.status = status
    submission.decided_by = user
    submission.decided_at = timezone.now()
    submission.save()


# Emails (core.mail: each in its recipient's language, text and HTML, sent after the commit)


def coordinators():
    """Active coordinators with an address, one per address, with their Wagtail profile."""
    return one_per_address(COORDINATION)


def admin_url(name, *args):
    return admin_absolute_url(reverse(name, args=args))


def notify_coordinators(submission):
    """One email to each coordinator, in the language of their Wagtail profile (else German)."""
    context = {
        "submission": submission,
        "document": submission.document,
        "review_url": admin_url(INBOX_URL_NAME, submission.pk),
    }
    messages = []
    for user in coordinators():
        language = mail_language(user_language(user))
        with translation.override(language):
            subject = _("Neues Dokument zur Freigabe: %(title)s") % {"title": submission.title}
            member = member_name(submission.submitted_by)
        messages.append(
            build_message(
                user.email,
                subject,
                TEMPLATES + "submission_received",
                {**context, "member": member},
                language,
            )
        )
    return send_after_commit(messages)


def notify_member(submission):
    """The decision, in the language the member used when sharing."""
    member = submission.submitted_by
    if member is None or not member.is_active or not member.email:
        return 0
    language = mail_language(submission.language_code, user_language(member))
    with translation.override(language):
        library = _library_in(submission.library, language)
        context = {
            "submission": submission,
            "member": member_name(member),
            "library_title": library.title,
            "library_url": page_url(library),
        }
        if submission.status == DocumentSubmission.APPROVED:
            subject = _("Ihr Dokument ist freigegeben: %(title)s")
            template = "submission_approved"
        else:
            subject = _("Ihr Dokument wurde nicht aufgenommen: %(title)s")
            template = "submission_rejected"
        subject = subject % {"title": submission.title}
    message = build_message(member.email, subject, TEMPLATES + template, context, language)
    return send_after_commit([message])


def _library_in(library, language_code):
    translated = (
        library.get_translations(inclusive=True)
        .live()
        .filter(locale__language_code=language_code)
        .first()
    )
    return translated or library
