"""Settings: every knob of the service and CLI, from ``CASECHECK_*`` variables or ``.env``."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from training.config import MAX_SEED_MOVED


class Settings(BaseSettings):
    """casecheck settings. Each field is documented in the README's settings table."""

    model_config = SettingsConfigDict(env_prefix="CASECHECK_", env_file=".env", env_ignore_empty=True,
                                      extra="ignore")

    home: Path = Field(Path("var"), description="State directory: model registry, label store.")
    host: str = Field("127.0.0.1", description="Address the server listens on.")
    port: int = Field(8000, description="Port the server listens on.")
    workers: int = Field(0, ge=0, description="Server worker processes (casecheck serve); 0: one per CPU core.")
    max_text_chars: int = Field(100_000, description="Longest draft accepted, in characters.")
    max_batch_documents: int = Field(1_000, description="Most documents in one POST /v1/batch.")
    max_upload_bytes: int = Field(50_000_000, description="Largest uploaded file or request body, in bytes.")
    allowed_hosts: list[str] = Field(["127.0.0.1", "localhost", "testserver"],
                                     description="Host headers the server answers (JSON list).")
    admin_tokens: list[str] = Field([], description="Bearer tokens for admin routes (JSON list).")
    api_tokens: list[str] = Field([], description="Bearer tokens for scoring routes when they are closed.")
    scoring_open: bool = Field(True, description="Scoring routes need no token when true.")
    cors_origins: list[str] = Field([], description="Origins (browser add-ons) allowed to call /v2/ (JSON list).")
    rules_files: list[Path] = Field([], description="Extra rule files (YAML) added to model/resources/rules.")
    ignore_terms: list[str] = Field([], description="Terms or rule ids a team decides are not concerns.")
    database_url: str | None = Field(None, description="Label store URL; default SQLite in home.")
    seed_files: list[Path] = Field([], description="Seed corpus (JSONL) for retraining; default data/corpus.")
    training_config: Path | None = Field(None, description="Training config for retraining; default the "
                                                           "champion's.")
    store_weight: float | None = Field(None, gt=0, le=1000, description="Weight of one stored draft against one "
                                       "seed draft in retraining; default the training config's.")
    max_seed_moved: float = Field(MAX_SEED_MOVED, ge=0, le=1, description="Promotion gate: most share of the "
                                  "seed validation decisions a challenger may change.")
    log_level: str = Field("INFO", description="Log level.")
    secret_key: str | None = Field(None, description="Key that signs CSRF tokens and admin sessions; default "
                                                     "one generated into <home>/secret_key (0600).")
    session_minutes: int = Field(480, ge=1, description="Lifetime of an admin session and of a form's CSRF token.")
    feedback_per_minute: int = Field(10, ge=0, description="Feedback posts a client may send a minute (0: no "
                                                            "limit), per server worker.")
    trusted_user_header: str | None = Field(None, description="Header an SSO proxy sets naming the user of "
                                                              "record; off when unset.")
    header_timeout: float = Field(10.0, gt=0, description="Seconds a client has to send a request's headers.")
    body_timeout: float = Field(60.0, gt=0, description="Seconds a client has to send a request's body.")
    keep_alive_timeout: int = Field(5, ge=1, description="Seconds an idle keep-alive connection stays open.")
    max_connections: int = Field(200, ge=1, description="Connections and requests at once per worker; more: 503.")
    max_batch_rows: int = Field(50_000, ge=1, description="Most rows in one uploaded batch file.")
    upload_ttl_seconds: int = Field(3600, ge=60, description="Seconds an uploaded file of drafts and its results "
                                                             "are kept (the dip-sample page) before deletion.")

    @property
    def registry_dir(self) -> Path:
        return self.home / "models"

    @property
    def worker_processes(self) -> int:
        """``workers``, or when it is 0 the CPU cores this process may run on."""
        return self.workers or cpu_cores()


def cpu_cores() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
