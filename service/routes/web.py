"""The web form: paste a draft, see its concerns highlighted. Works without JavaScript."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from model.items import segments
from service.deps import ScorerDep, SettingsDep, require_scoring_access

router = APIRouter(tags=["web"], include_in_schema=False)
TEMPLATES = Jinja2Templates(directory=Path(__file__).resolve().parents[1] / "templates")


def _form_context(scorer: Any) -> dict[str, Any]:
    schema = scorer.schema if scorer else None
    return {"doc_types": schema.doc_types if schema else {}, "schema": schema}


@router.get("/", response_class=HTMLResponse)
def read_form(request: Request) -> HTMLResponse:
    """The empty form."""
    scorer = request.app.state.models.scorer
    return TEMPLATES.TemplateResponse(request, "index.html", {**_form_context(scorer), "text": "", "doc_type": ""})


@router.post("/", response_class=HTMLResponse)
def create_check_page(
    request: Request,
    scorer: ScorerDep,
    settings: SettingsDep,
    text: Annotated[str, Form()] = "",
    doc_type: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """Score the pasted draft and render it with highlights."""
    require_scoring_access(request)
    context = {**_form_context(scorer), "text": text, "doc_type": doc_type}
    error = None
    if not text.strip():
        error = "Paste a draft into the text box (the field 'text' is empty)."
    elif len(text) > settings.max_text_chars:
        error = f"The draft has {len(text)} characters; the limit is {settings.max_text_chars}."
    elif doc_type and doc_type not in scorer.schema.doc_types:
        error = f"Unknown document type; choose one of: {', '.join(scorer.schema.doc_types)}."
    if error:
        return TEMPLATES.TemplateResponse(request, "index.html", {**context, "error": error}, status_code=422)
    result = scorer.score(text, doc_type or None).to_dict()
    items = result["concerns"]
    context.update(
        result=result,
        pieces=segments(text, items),
        items=items,
        counts=Counter(i["concern"] for i in items),
    )
    return TEMPLATES.TemplateResponse(request, "result.html", context)
