"""One module per page; each defines ``router``."""

from afterword.web.views import (
    account,
    coaching,
    dashboard,
    drafts,
    health,
    interview,
    new_interview,
    outbox,
)
from afterword.web.views import review as review_page
from afterword.web.views import settings as settings_page

VIEW_MODULES = (
    health, account, dashboard, new_interview, interview, drafts, outbox, review_page,
    settings_page, coaching,
)  # fmt: skip
