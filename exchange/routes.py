"""The addresses below the board and the views that answer them.

BoardPage names this list (`subpage_routes`, see core.routes), so the model never imports its
views; each view is called as view(request, board, **captured). The names are what
`board.reverse_subpage(name)` takes (links in mails and the admin use "thread").
"""

from core.routes import page_path

from . import views

BOARD_ROUTES = [
    page_path("", views.thread_list, name="thread_list"),
    page_path("neu/", views.start_thread, name="start_thread"),
    page_path("<int:thread_id>/", views.thread_detail, name="thread"),
    page_path("beitrag/<int:post_id>/bearbeiten/", views.edit_post, name="edit_post"),
    page_path("beitrag/<int:post_id>/loeschen/", views.delete_post, name="delete_post"),
    page_path("beitrag/<int:post_id>/melden/", views.report_post, name="report_post"),
    page_path("beitrag/<int:post_id>/uebersetzung/", views.translate_post, name="post_translation"),
    page_path("benachrichtigungen/", views.notification_settings, name="notification_settings"),
]
