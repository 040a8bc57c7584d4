# The diplograph service: ingests the bundled corpus into the configured store, then serves GraphQL.
FROM python:3.12-slim

# falkordblite (the embedded engine) builds redis + FalkorDB from source
RUN apt-get update && apt-get install -y --no-install-recommends build-essential git \
    && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir uv

WORKDIR /srv/diplograph
COPY pyproject.toml uv.lock .python-version README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY schema ./schema
COPY graph ./graph
COPY loaders ./loaders
COPY app ./app
COPY corpus ./corpus
RUN uv sync --frozen --no-dev

ENV DIPLOGRAPH_DATA=/var/lib/diplograph
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --retries=5 \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:8000/health')"
CMD ["sh", "-c", "uv run --frozen --no-dev diplograph ingest corpus/ && uv run --frozen --no-dev diplograph serve --host 0.0.0.0 --port 8000"]
