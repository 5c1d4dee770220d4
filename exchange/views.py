"""The members' side of the board: the list, a thread, and the forms around posts.

BoardPage's routes call these after its serve() refused everyone who is not a member; each
view checks again (one cached query) and checks what it touches: the thread belongs to this
board in any of its languages, is not hidden, and a post is the member's own where that
matters. Writing goes through exchange.services. The list costs the same number of queries
for 5 threads or 500 (one page of threads with their counts, the topics, the total).
"""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.models import Page

from core import ratelimit
from core.listing import pagination_context
from core.machine_translation import MachineTranslationError
from core.visibility import hidden_collection_paths, visible_pages

from . import post_translation, services
from .access import refuse_unless_member
from .forms import (
    BoardFilterForm,
    EditPostForm,
    NotificationPreferenceForm,
    PostForm,
    ReportForm,
    ThreadForm,
    current_language,
    sorted_topics,
    topics_by_key,
)
from .models import NotificationPreference, Post, Thread

PER_PAGE = 20
READ_MAX = 20  # posts translated in one request at most (the rest of the list is ignored)
POST_LIMIT = 10  # threads and replies per member …
POST_WINDOW = 10 * 60  # … in this many seconds (core.ratelimit, in the shared cache)
RATE_SCOPE = "exchange-post:user"
TEMPLATES = "exchange/"


def members_only(view):
    """Every route: members only (again: whatever the page's view restriction says), GET,
    HEAD and POST only, and never stored by any cache (refuse_unless_member marks it)."""

    @wraps(view)
    def wrapped(request, board, *args, **kwargs):
        refused = refuse_unless_member(request)
        if refused is not None:
            return refused
        if request.method not in ("GET", "HEAD", "POST"):
            return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
        return view(request, board, *args, **kwargs)

    return wrapped


# ------------------------------------------------------------------------------ addresses


def board_url(request, board):
    return board.get_url(request) or "/"


def route_url(request, board, name, *args):
    return board_url(request, board) + board.reverse_subpage(name, args=args)


def thread_url(request, board, thread, post=None):
    url = route_url(request, board, "thread", thread.pk)
    return f"{url}#beitrag-{post.pk}" if post is not None else url


def render(request, board, template, context, status=200):
    base = {"page": board, "board_url": board_url(request, board)}
    return TemplateResponse(request, TEMPLATES + template, base | context, status=status)


# ------------------------------------------------------------------------------ lookups


def board_threads(board):
    """The threads of this board in every language, that members may see."""
    return Thread.objects.on_board(board).filter(hidden=False)


def visible_thread(board, thread_id):
    thread = board_threads(board).select_related("topic").filter(pk=thread_id).first()
    if thread is None:
        raise Http404
    return thread


def visible_post(board, post_id):
    """A post members may see on this board (a deleted one too: its marker is visible)."""
    post = (
        Post.objects.filter(
            pk=post_id,
            hidden=False,
            thread__hidden=False,
            thread__board__translation_key=board.translation_key,
        )
        .select_related("thread", "author")
        .first()
    )
    if post is None:
        raise Http404
    return post


def localized_topic(topic, topics):
    """The thread's topic in the visitor's language, where translated."""
    return topics.get(topic.translation_key, topic)


def too_many_posts(request):
    """Counts one post of this member; True beyond POST_LIMIT in POST_WINDOW."""
    return ratelimit.hit(RATE_SCOPE, request.user.pk, POST_LIMIT, POST_WINDOW)


def too_many_response(request):
    retry_after = ratelimit.retry_after(RATE_SCOPE, request.user.pk, POST_WINDOW)
    return ratelimit.too_many_response(request, retry_after)


# ------------------------------------------------------------------------------ the list


def listed_threads(board, values):
    threads = board_threads(board).for_listing()
    if values.get("thema"):
        threads = threads.filter(topic__slug=values["thema"])
    query = (values.get("q") or "").strip()
    if query:
        in_posts = Post.objects.visible().filter(thread=OuterRef("pk"), body__icontains=query)
        threads = threads.filter(Q(title__icontains=query) | Exists(in_posts))
    # Replies: the visible posts after the opening one (deleted ones leave a marker).
    return threads.annotate(post_count=Count("posts", filter=Q(posts__hidden=False)))


@members_only
def thread_list(request, board):
    topics = topics_by_key()
    form = BoardFilterForm(request.GET or None, topics=sorted_topics(topics))
    values = form.values
    # Django's own rule, unlike core.listing.paginate: a number below 1 gives the last page.
    page_obj = Paginator(listed_threads(board, values), PER_PAGE).get_page(request.GET.get("page"))
    threads = list(page_obj.object_list)
    for thread in threads:
        thread.shown_topic = localized_topic(thread.topic, topics)
        thread.reply_count = max(thread.post_count - 1, 0)
    context = board.get_context(request)
    context.update(
        {
            "form": form,
            "threads": threads,
            **pagination_context(page_obj, form.query_string()),
            "is_filtered": form.is_filtered,
            "has_errors": form.has_errors,
            "new_thread_url": route_url(request, board, "start_thread"),
            "settings_url": route_url(request, board, "notification_settings"),
        }
    )
    return render(request, board, "board_page.html", context)


# ------------------------------------------------------------------------------ a new thread


@members_only
def start_thread(request, board):
    topics = topics_by_key()
    if request.method == "POST":
        form = ThreadForm(request.POST, request=request, topics=topics)
        if form.is_valid():
            if too_many_posts(request):
                return too_many_response(request)
            data = form.cleaned_data
            thread = services.start_thread(
                board,
                request.user,
                title=data["title"],
                topic=data["topic"],
                body=data["body"],
                language=data["language"],
                events=data["events"],
                documents=data["documents"],
            )
            messages.success(request, _("Ihre Diskussion ist eröffnet."))
            return redirect(thread_url(request, board, thread))
        return render(request, board, "thread_form.html", {"form": form}, status=400)
    form = ThreadForm(request=request, topics=topics)
    return render(request, board, "thread_form.html", {"form": form})


# ------------------------------------------------------------------------------ a thread


def linked_events(thread, request):
    """The thread's events in the visitor's language (translation or alias), live, visible."""
    keys = list(thread.events.values_list("translation_key", flat=True))
    if not keys:
        return []
    pages = Page.objects.live().filter(
        translation_key__in=keys, locale__language_code=current_language()
    )
    by_key = {page.translation_key: page for page in visible_pages(pages, request)}
    return [by_key[key] for key in dict.fromkeys(keys) if key in by_key]


def linked_documents(thread, request):
    """The thread's documents this member may open (coordinators' collections left out)."""
    documents = thread.documents.order_by("title")
    hidden = Q()
    for path in hidden_collection_paths(request):
        hidden |= Q(collection__path__startswith=path)
    return list(documents.exclude(hidden) if hidden else documents)


def thread_posts(thread, user):
    """The visible posts in order, each knowing whether this member may change or report it."""
    posts = list(thread.posts.filter(hidden=False).select_related("author"))
    for index, post in enumerate(posts):
        post.thread = thread
        post.is_opening = index == 0
        post.may_edit = services.can_edit(post, user)
        post.may_report = post.author_id != user.pk and post.deleted_at is None
    return posts


def opened_translations(request):
    """The posts the reader asked to read in their language (?lesen=…), as a set of ids."""
    values = request.GET.getlist(post_translation.READ_PARAMETER)[:READ_MAX]
    return {int(value) for value in values if value.isdigit() and len(value) < 12}


def read_url(url, opened, post):
    """The thread's address with `opened` posts translated, anchored at `post`."""
    query = urlencode([(post_translation.READ_PARAMETER, pk) for pk in sorted(opened)])
    return f"{url}{'?' + query if query else ''}#beitrag-{post.pk}"


def offer_translations(request, url, posts):
    """Mark the posts written in another language than the reader's (the page's), when the
    board offers machine translation; translate those asked for (?lesen=…).

    Without JavaScript, "In meiner Sprache lesen" is a link to this same page with the post
    added to ?lesen= (and "Original anzeigen" one without it); with it, exchange.js asks the
    post's translation route for the same fragment and shows it in place. A provider that
    fails leaves the original, with its message beside it.
    """
    if not post_translation.offered():
        return
    reader = current_language()
    opened = opened_translations(request)
    for post in posts:
        if not post_translation.wants_translation(post, reader):
            continue
        post.offer_translation = True
        post.translate_url = read_url(url, opened | {post.pk}, post)
        post.original_url = read_url(url, opened - {post.pk}, post)
        if post.pk in opened:
            try:
                post.translation = post_translation.translate_post(post, reader)
            except MachineTranslationError as error:
                post.translation_error = error.message


@members_only
def thread_detail(request, board, thread_id):
    thread = visible_thread(board, thread_id)
    form = None
    if not thread.closed:
        form = PostForm(request.POST) if request.method == "POST" else PostForm()
    if request.method == "POST":
        if thread.closed:
            messages.error(request, _("Diese Diskussion ist geschlossen."))
            return redirect(thread_url(request, board, thread))
        if form.is_valid():
            if too_many_posts(request):
                return too_many_response(request)
            post = services.add_reply(
                thread,
                request.user,
                body=form.cleaned_data["body"],
                language=form.cleaned_data["language"],
            )
            messages.success(request, _("Ihre Antwort ist veröffentlicht."))
            return redirect(thread_url(request, board, thread, post))
    topics = topics_by_key()
    thread.shown_topic = localized_topic(thread.topic, topics)
    posts = thread_posts(thread, request.user)
    offer_translations(request, route_url(request, board, "thread", thread.pk), posts)
    context = {
        "thread": thread,
        "posts": posts,
        "events": linked_events(thread, request),
        "documents": linked_documents(thread, request),
        "form": form,
        "edit_window_minutes": int(services.EDIT_WINDOW.total_seconds() // 60),
    }
    status = 400 if form is not None and form.is_bound else 200
    return render(request, board, "thread.html", context, status=status)


@members_only
def translate_post(request, board, post_id):
    """One post in the reader's language, as the fragment exchange.js puts in place.

    The same membership check as the thread (members_only), and the post must be one members
    may see on this board; 404 when the board offers no translation of it (same language,
    deleted, machine translation off or not allowed private data). A provider that fails:
    503 with its message in the fragment, which the script shows beside the original.
    """
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    post = visible_post(board, post_id)
    reader = current_language()
    if not post_translation.offered() or not post_translation.wants_translation(post, reader):
        raise Http404
    context = {"post": post, "original_url": thread_url(request, board, post.thread, post)}
    status = 200
    try:
        context["translation"] = post_translation.translate_post(post, reader)
    except MachineTranslationError as error:
        context["error"] = error.message
        status = 503
    return TemplateResponse(
        request, TEMPLATES + "includes/post_translation.html", context, status=status
    )


# ------------------------------------------------------------------------------ own posts


def own_post(request, board, post_id):
    """The member's own post, while it may still be changed; 403 otherwise."""
    post = visible_post(board, post_id)
    if not services.can_edit(post, request.user):
        raise PermissionDenied
    return post


@members_only
def edit_post(request, board, post_id):
    post = own_post(request, board, post_id)
    thread = post.thread
    with_title = services.is_opening_post(post)
    if request.method == "POST":
        form = EditPostForm(request.POST, with_title=with_title)
        if form.is_valid():
            data = form.cleaned_data
            services.edit_post(
                post, body=data["body"], language=data["language"], title=data.get("title")
            )
            messages.success(request, _("Ihr Beitrag ist geändert."))
            return redirect(thread_url(request, board, thread, post))
        status = 400
    else:
        initial = {"body": post.body, "language": post.language, "title": thread.title}
        form = EditPostForm(initial=initial, with_title=with_title)
        status = 200
    context = {"form": form, "post": post, "thread": thread}
    return render(request, board, "post_form.html", context, status=status)


@members_only
def delete_post(request, board, post_id):
    post = own_post(request, board, post_id)
    thread = post.thread
    if request.method == "POST":
        remaining = services.delete_post(post)
        messages.success(request, _("Ihr Beitrag ist gelöscht."))
        if remaining is None:
            return redirect(board_url(request, board))
        return redirect(thread_url(request, board, remaining))
    context = {
        "post": post,
        "thread": thread,
        "takes_thread": services.is_opening_post(post) and thread.posts.count() == 1,
        "thread_url": thread_url(request, board, thread, post),
    }
    return render(request, board, "confirm_delete.html", context)


# ------------------------------------------------------------------------------ reports


@members_only
def report_post(request, board, post_id):
    post = visible_post(board, post_id)
    if post.author_id == request.user.pk or post.deleted_at is not None:
        raise Http404
    back = thread_url(request, board, post.thread, post)
    if request.method == "POST":
        form = ReportForm(request.POST)
        if form.is_valid():
            report = services.report_post(post, request.user, reason=form.cleaned_data["reason"])
            if report is None:
                messages.info(
                    request,
                    _("Sie haben diesen Beitrag bereits gemeldet. Die Koordination kümmert sich."),
                )
            else:
                messages.success(
                    request,
                    _("Danke für Ihre Meldung. Die Koordination sieht sich den Beitrag an."),
                )
            return redirect(back)
        status = 400
    else:
        form = ReportForm()
        status = 200
    context = {"form": form, "post": post, "thread": post.thread, "thread_url": back}
    return render(request, board, "report_form.html", context, status=status)


# ------------------------------------------------------------------------------ settings


@members_only
def notification_settings(request, board):
    preference, _created = NotificationPreference.objects.get_or_create(
        user=request.user, defaults={"language": current_language()}
    )
    if request.method == "POST":
        form = NotificationPreferenceForm(request.POST, instance=preference)
        if form.is_valid():
            form.save()
            messages.success(request, _("Ihre Einstellungen sind gespeichert."))
            return redirect(route_url(request, board, "notification_settings"))
        status = 400
    else:
        form = NotificationPreferenceForm(instance=preference)
        status = 200
    return render(request, board, "notification_settings.html", {"form": form}, status=status)
