"""The web service: ``create_app(settings)`` builds the FastAPI app around one ``Scorer``.

Run with ``uvicorn --factory service.app:create_app`` (``casecheck serve`` does).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.formparsers import MultiPartParser

from model.files import private_tempdir
from service import websecurity
from service.cors import add_cors
from service.errors import register_error_handlers
from service.metrics import ServiceMetrics
from service.middleware import add_middleware
from service.routes import admin, api, batch_files, dip_sample, health, labels_page, languagetool, web
from service.settings import Settings, get_settings
from service.state import ModelHolder
from service.workspace import sweep_at_start

log = logging.getLogger("casecheck")
STATIC_DIR = Path(__file__).parent / "static"


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app; the lifespan loads the champion model (verified) before serving."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Uploads are parsed in memory up to the upload limit; anything a library still puts in a temporary
        # file (openpyxl writing XLSX) goes to a private folder under CASECHECK_HOME, removed at shutdown and
        # swept at the next start after a kill.
        MultiPartParser.spool_max_size = max(MultiPartParser.spool_max_size, settings.max_upload_bytes)
        with private_tempdir(settings.home):
            app.state.models.load()
            sweep_at_start(settings.home, settings.upload_ttl_seconds)
            # Modules, the app and the model live as long as the process: move them out of the cyclic garbage
            # collector's reach, whose full passes over them (~150,000 objects, about 70 ms) would stall a
            # request now and then. Objects are still freed when unreferenced.
            gc.freeze()
            yield

    app = FastAPI(
        title="casecheck",
        summary="Quality checks for prosecutors' reviews and letters to victims.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,  # Swagger UI and ReDoc load third-party assets; the schema is at /openapi.json
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.models = ModelHolder(settings)
    app.state.metrics = ServiceMetrics(app.state.models)
    app.state.templates = web.TEMPLATES
    add_cors(app, settings)  # inside the request-context middleware, which add_middleware puts outermost
    add_middleware(app, settings, app.state.metrics)
    register_error_handlers(app)
    app.include_router(health.router)
    app.include_router(api.router)
    app.include_router(api.info_router)
    app.include_router(languagetool.router)
    app.include_router(batch_files.router)
    app.include_router(admin.router)
    app.include_router(web.router)
    websecurity.setup(app, settings)
    app.include_router(dip_sample.router)
    app.include_router(labels_page.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
