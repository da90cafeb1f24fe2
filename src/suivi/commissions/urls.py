from django.urls import path

from suivi.commissions import feed_views, file_views, list_views, month, session_views, views

app_name = "commissions"
session = "<int:pk>/sessions/<int:number>/"
item = session + "agenda/<int:item_id>/"
urlpatterns = [
    path("", views.CommissionListView.as_view(), name="list"),
    path("<int:pk>/", views.CommissionDetailView.as_view(), name="detail"),
    path("sessions/", list_views.SessionListView.as_view(), name="sessions"),
    path("new/", views.CommissionEditView.as_view(), name="create"),
    path("<int:pk>/edit/", views.CommissionEditView.as_view(), name="edit"),
    path("actions/", list_views.ActionListView.as_view(), name="actions"),
    path("decisions/", list_views.DecisionListView.as_view(), name="decisions"),
    path("<int:pk>/sessions/new/", views.session_create, name="session_create"),
    path(session, session_views.session_detail, name="session"),
    path(session + "edit/", views.session_edit, name="session_edit"),
    path(session + "file/", file_views.session_file, name="session_file"),
    path(session + "minutes/", session_views.minutes_save, name="minutes"),
    path(session + "attendance/", session_views.attendance_add, name="attendance_add"),
    path(session + "decisions/", session_views.decision_add, name="decision_add"),
    path(session + "actions/", session_views.action_add, name="action_add"),
    path(session + "actions/<int:action_id>/", session_views.action_edit, name="action_edit"),
    path(session + "agenda/build/", views.agenda_build, name="agenda_build"),
    path(session + "agenda/", session_views.agenda_add, name="agenda_add"),
    path(item + "edit/", session_views.agenda_edit, name="agenda_edit"),
    path(item + "move/<str:direction>/", session_views.agenda_move, name="agenda_move"),
    path(item + "delete/", session_views.agenda_delete, name="agenda_delete"),
    path("calendar/", feed_views.calendar_page, name="calendar"),
    path("month/", month.month_page, name="month"),
    path("calendar/new/", feed_views.calendar_token_new, name="calendar_new"),
    path("calendar/revoke/", feed_views.calendar_token_revoke, name="calendar_revoke"),
    path("calendar/<str:token>.ics", feed_views.user_feed, name="user_feed"),
    path("calendar/<str:token>/<int:pk>.ics", feed_views.commission_feed, name="commission_feed"),
]
