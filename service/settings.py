"""Settings: every knob of the service and CLI, from ``CASECHECK_*`` variables or ``.env``."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


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
    rules_files: list[Path] = Field([], description="Extra rule files (YAML) added to model/resources/rules.")
    ignore_terms: list[str] = Field([], description="Terms or rule ids a team decides are not concerns.")
    database_url: str | None = Field(None, description="Label store URL; default SQLite in home.")
    seed_files: list[Path] = Field([], description="Seed corpus (JSONL) for retraining; default data/corpus.")
    training_config: Path | None = Field(None, description="Training config for retraining; default the "
                                                           "champion's.")
    log_level: str = Field("INFO", description="Log level.")

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
