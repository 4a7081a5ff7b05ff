"""Model serving: a small FastAPI app that answers predictions for the API's workers."""
