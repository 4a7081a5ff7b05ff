"""The model-serving app. Run: `uvicorn serving.main:app --port 8001` (one process per container).

`/livez` answers while the process runs; `/readyz` once the model is loaded; `/metrics` for
Prometheus; `POST /v1/predict` scores a batch of texts.
"""

from fastapi import FastAPI
from prometheus_client import Counter
from prometheus_fastapi_instrumentator import Instrumentator

from serving.model import MODEL, MODEL_NAME, SentimentModel
from serving.schemas import PredictionOut, PredictRequest, PredictResponse

PREDICTIONS = Counter("model_predictions_total", "Texts scored, by predicted label", ["label"])


def create_app(model: SentimentModel = MODEL) -> FastAPI:
    app = FastAPI(title="model-serving", version="0.1.0")

    @app.get("/livez")
    async def livez() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz() -> dict[str, str]:
        return {"status": "ok", "model": MODEL_NAME, "version": model.version}

    @app.post("/v1/predict")
    def predict(body: PredictRequest) -> PredictResponse:
        # A plain `def`: FastAPI runs it in a thread, so scoring never blocks the event loop.
        predictions = model.predict(body.texts)
        for prediction in predictions:
            PREDICTIONS.labels(prediction.label).inc()
        return PredictResponse(
            model=MODEL_NAME,
            version=model.version,
            predictions=[PredictionOut(label=p.label, score=p.score) for p in predictions],
        )

    Instrumentator(
        excluded_handlers=["/metrics", "/livez", "/readyz"], should_group_status_codes=False
    ).instrument(app).expose(app, endpoint="/metrics", include_in_schema=False)
    return app


app = create_app()
