"""The web form: paste a draft, see its concerns highlighted. Works without JavaScript.

``GET /`` shows the form; ``POST /`` scores the draft (with the optional case fields) and
renders it with highlights; ``POST /feedback`` stores a reviewer's corrections ("wrong"
marks on concerns: 0, missed concerns: 1) in the label store's review queue (pending until
an assessor approves them), through the same store as the admin routes. Feedback needs the
form's CSRF token and a same-origin post, and is rate limited per client.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from model import DECISION_TYPES, OFFENCE_CATEGORIES, CaseDataError, Schema, Scorer, default_schema
from model.items import segments
from service.deps import LabelStoreDep, MetricsDep, ScorerDep, SettingsDep, require_scoring_page
from service.schemas import CASE_FIELDS, CaseFields
from service.websecurity import client_key, csrf_context, require_form_post, require_same_origin, user_of_record

router = APIRouter(tags=["web"], include_in_schema=False)
TEMPLATES = Jinja2Templates(directory=Path(__file__).resolve().parents[1] / "templates",
                            context_processors=[csrf_context])
DECISION_LABELS = {
    "charge": "Charge", "no_further_action": "No further action (not to charge)", "discontinue": "Discontinue",
    "offer_no_evidence": "Offer no evidence", "leave_on_file": "Leave all charges on file",
    "reduce_charge": "Reduce or alter the charge", "accept_plea_lesser": "Accept a plea to a lesser offence",
    "continue": "Continue the prosecution",
}


def _label(value: str) -> str:
    return value.replace("_", " ").capitalize()


def _form_context(scorer: Scorer | None, text: str = "", doc_type: str = "",
                  case: dict[str, str] | None = None) -> dict[str, Any]:
    schema = scorer.schema if scorer else default_schema()
    return {
        "doc_types": schema.doc_types, "schema": schema, "text": text, "doc_type": doc_type,
        "case": case or {}, "decision_types": [(d, DECISION_LABELS.get(d, _label(d))) for d in DECISION_TYPES],
        "offence_categories": [(c, _label(c)) for c in OFFENCE_CATEGORIES],
    }


class CheckForm:
    """The fields of the check form (text, doc type and the optional case fields)."""

    def __init__(
        self,
        text: Annotated[str, Form()] = "",
        doc_type: Annotated[str, Form()] = "",
        decision_type: Annotated[str, Form()] = "",
        offence_category: Annotated[str, Form()] = "",
        service_level: Annotated[str, Form()] = "",
        decision_date: Annotated[str, Form()] = "",
        sent_date: Annotated[str, Form()] = "",
    ) -> None:
        self.text = text.replace("\r\n", "\n")  # browsers send CRLF; offsets are on the text we show
        self.doc_type = doc_type
        self.case = {k: v for k, v in zip(CASE_FIELDS, (decision_type, offence_category, service_level,
                                                        decision_date, sent_date), strict=True) if v.strip()}

    def problem(self, schema: Schema, max_chars: int) -> str | None:
        """What is wrong with the form, in words for the reviewer (never quoting the draft)."""
        if not self.text.strip():
            return "Paste a draft into the text box (the field 'text' is empty)."
        if len(self.text) > max_chars:
            return f"The draft has {len(self.text)} characters; the limit is {max_chars}."
        if self.doc_type and self.doc_type not in schema.doc_types:
            return f"Unknown document type; choose one of: {', '.join(schema.doc_types)}."
        try:
            CaseFields(**self.case).to_case()
        except CaseDataError as exc:
            return f"Case details: {exc}"
        return None


CheckFormDep = Annotated[CheckForm, Depends()]


@router.get("/", response_class=HTMLResponse)
def read_form(request: Request) -> HTMLResponse:
    """The empty form."""
    return TEMPLATES.TemplateResponse(request, "index.html", _form_context(request.app.state.models.scorer))


@router.post("/", response_class=HTMLResponse, dependencies=[Depends(require_same_origin),
                                                             Depends(require_scoring_page)])
def create_check_page(request: Request, form: CheckFormDep, scorer: ScorerDep, settings: SettingsDep,
                      metrics: MetricsDep) -> HTMLResponse:
    """Score the pasted draft and render it with highlights."""
    context = _form_context(scorer, form.text, form.doc_type, form.case)
    error = form.problem(scorer.schema, settings.max_text_chars)
    if error:
        return TEMPLATES.TemplateResponse(request, "index.html", {**context, "error": error}, status_code=422)
    result = scorer.score(form.text, form.doc_type or None, case=CaseFields(**form.case).to_case()).to_dict()
    metrics.observe_results([result], "web")
    context.update(result_context(scorer.schema, form.text, result), feedback=True)
    return TEMPLATES.TemplateResponse(request, "result.html", context)


def result_context(schema: Schema, text: str, result: dict[str, Any]) -> dict[str, Any]:
    """Highlight pieces, the mark each concern links to, and counts per concern (with severities)."""
    items = result["concerns"]
    pieces = segments(text, items)
    targets: list[str] = [""] * len(items)
    for k, piece in enumerate(pieces):
        piece["id"] = f"m{k}"
        covering = [items[n] for n in piece["items"]]
        if covering:
            piece["concern"] = covering[0]["concern"]
            piece["severity"] = "high" if any(i["severity"] == "high" for i in covering) else "medium"
            piece["title"] = "; ".join(f"{_title(schema, i['concern'])} ({i['severity']} priority)" for i in covering)
        for n in piece["items"]:
            targets[n] = targets[n] or piece["id"]
    counts: dict[str, dict[str, Any]] = {}
    for n, item in enumerate(items):
        c = counts.setdefault(item["concern"], {"concern": item["concern"], "title": _title(schema, item["concern"]),
                                                "n": 0, "high": 0, "medium": 0, "first": n})
        c["n"] += 1
        c[item["severity"]] += 1
    missable = [(c, _title(schema, c)) for c in schema.concerns_for(result["doc_type"]) if c not in result["flags"]]
    case_checks = result.get("case_checks", [])
    not_applicable = [(_title(schema, c), why) for c, why in result.get("not_applicable", {}).items()]
    look = [(_title(schema, c), result["scores"][c]) for c in result.get("look", [])]
    return {"result": result, "items": items, "pieces": pieces, "targets": targets, "counts": list(counts.values()),
            "missable": missable, "case_checks": case_checks, "not_applicable": not_applicable, "look": look,
            "titles": [_title(schema, i["concern"]) for i in items]}


def _title(schema: Schema, concern: str) -> str:
    info = schema.concerns.get(concern)
    return info.title if info else _label(concern)


@router.post("/feedback", response_class=HTMLResponse, dependencies=[Depends(require_form_post),
                                                                     Depends(require_scoring_page)])
def create_feedback(
    request: Request,
    form: CheckFormDep,
    store: LabelStoreDep,
    model_version: Annotated[str, Form()] = "",
    wrong: Annotated[list[str] | None, Form()] = None,
    missed: Annotated[list[str] | None, Form()] = None,
    consent: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """Put the reviewer's corrections in the label store's review queue (rate limited per client)."""
    from sqlalchemy.exc import SQLAlchemyError

    from training.store import LabelStoreError

    if not request.app.state.feedback_limiter.allow(client_key(request)):
        return _feedback_page(request, 429, "Too much feedback from this address; wait a minute and send it again.",
                              headers={"Retry-After": "60"})
    payload, problem = feedback_payload(form, model_version, wrong or [], missed or [], default_schema())
    if problem:
        return _feedback_page(request, 422, problem)
    marks = feedback_marks(payload)
    try:
        store.add_feedback_marks(payload["text"], payload["doc_type"], marks, consent=consent == "yes",
                                 assessor=user_of_record(request) or "web form",
                                 model_version=payload["model_version"] or None)
    except LabelStoreError as exc:
        return _feedback_page(request, 422, str(exc))
    except SQLAlchemyError as exc:
        return _feedback_page(request, 503, f"The label store is unavailable: {str(exc).splitlines()[0][:200]}")
    n = len(marks)
    return _feedback_page(request, 200, f"Thank you: {n} correction{'' if n == 1 else 's'} sent. An assessor "
                                        "reviews them before the next training run uses them.")


def _feedback_page(request: Request, status: int, message: str, headers: dict[str, str] | None = None
                   ) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, "feedback.html", {"message": message, "ok": status == 200},
                                      status_code=status, headers=headers)


def feedback_marks(payload: dict[str, Any]) -> list[tuple[str, int, str | None]]:
    """(concern, value, note) per concern: "wrong" stores 0, "missed" 1; a concern marked both ways is missed."""
    marks: dict[str, tuple[str, int, str | None]] = {}
    for mark in payload["wrong"]:
        marks[mark["concern"]] = (mark["concern"], 0, "wrong")
    for concern in payload["missed"]:
        marks[concern] = (concern, 1, "missed")
    return list(marks.values())


def feedback_payload(form: CheckForm, model_version: str, wrong: list[str], missed: list[str],
                     schema: Schema) -> tuple[dict[str, Any], str | None]:
    """The label-store payload, or what is wrong with the feedback form."""
    payload: dict[str, Any] = {"source": "web_form", "text": form.text, "doc_type": form.doc_type,
                               "model_version": model_version[:64], "case": form.case, "wrong": [], "missed": []}
    if not form.text.strip() or form.doc_type not in schema.doc_types:
        return payload, "The feedback form is incomplete: check the draft again, then send feedback."
    valid = set(schema.concerns_for(form.doc_type))
    for mark in wrong:
        concern, _, span = mark.partition(":")
        start, _, end = span.partition(":")
        if concern not in valid or not (start.isdigit() and end.isdigit()) or int(end) > len(form.text):
            return payload, "A 'wrong' mark does not match the draft; check the draft again."
        payload["wrong"].append({"concern": concern, "start": int(start), "end": int(end)})
    if any(m not in valid for m in missed if m):
        return payload, f"A missed concern must be one of: {', '.join(sorted(valid))}."
    payload["missed"] = [m for m in missed if m]
    if not payload["wrong"] and not payload["missed"]:
        return payload, "Nothing to send: tick 'wrong' on a concern or choose a missed concern."
    return payload, None
