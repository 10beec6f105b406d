"""The context model's adapter: fine-tuned weight changes of the encoder."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path

import numpy as np
import pytest

from framing.context_score import MODEL_PATH, load_adapter, load_context_model
from framing.errors import FramingError
from framing.learn import adapter as tuning
from framing.learn.word_vectors import HIDDEN, Encoder, read_safetensors, write_safetensors
from tests.test_word_vectors import needs_model

HAS_TORCH = importlib.util.find_spec("torch") is not None
needs_torch = pytest.mark.skipif(
    not HAS_TORCH, reason=f"PyTorch is not installed (pip install {tuning.TORCH_REQUIREMENT})"
)
QUERY = "encoder.layer.0.attention.self.query.weight"


def test_the_writer_round_trips_through_the_reader(tmp_path: Path) -> None:
    tensors = {"b": np.arange(6, dtype=np.float32).reshape(3, 2), "a": np.array([0.25], "<f4")}
    write_safetensors(tmp_path / "t.safetensors", tensors)
    read = read_safetensors(tmp_path / "t.safetensors")
    assert set(read) == {"a", "b"}
    assert np.array_equal(read["b"], tensors["b"]) and read["a"][0] == 0.25


def test_an_adapter_is_the_product_of_its_factors(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=(2, 5)).astype(np.float32), rng.normal(size=(4, 2)).astype(np.float32)
    path = tmp_path / "adapter.safetensors"
    write_safetensors(path, {QUERY + ".lora_a": a, QUERY + ".lora_b": b})
    deltas = load_adapter(path, 3)
    assert set(deltas) == {QUERY}
    assert np.allclose(deltas[QUERY], b @ a)


@pytest.mark.parametrize(
    ("tensors", "error"),
    [
        # A factor without its partner.
        ({QUERY + ".lora_a": np.ones((2, 5))}, "not an adapter"),
        # A layer the probe does not read.
        (
            {
                "encoder.layer.4.output.dense.weight.lora_a": np.ones((2, 5)),
                "encoder.layer.4.output.dense.weight.lora_b": np.ones((4, 2)),
            },
            "first 3 layers",
        ),
        # Factors whose ranks disagree.
        ({QUERY + ".lora_a": np.ones((2, 5)), QUERY + ".lora_b": np.ones((4, 3))}, "first 3"),
        # Not an encoder weight at all.
        ({"pooler.lora_a": np.ones((2, 5)), "pooler.lora_b": np.ones((4, 2))}, "first 3"),
    ],
)
def test_a_broken_adapter_is_one_framing_error(
    tmp_path: Path, tensors: dict[str, np.ndarray], error: str
) -> None:
    path = tmp_path / "adapter.safetensors"
    write_safetensors(path, tensors)
    with pytest.raises(FramingError, match=error):
        load_adapter(path, 3)


def test_a_model_naming_a_missing_adapter_is_one_framing_error(tmp_path: Path) -> None:
    about = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    about["adapter"] = "gone.safetensors"
    (tmp_path / "model.json").write_text(json.dumps(about), encoding="utf-8")
    with pytest.raises(FramingError, match="gone.safetensors: cannot read the context model"):
        load_context_model(tmp_path / "model.json")


def test_the_shipped_adapter_is_part_of_the_model_and_its_digest() -> None:
    model = load_context_model()
    assert model.adapter is not None and model.adapter.is_file()
    both = MODEL_PATH.read_bytes() + model.adapter.read_bytes()
    assert model.digest == hashlib.sha256(both).hexdigest()
    deltas = load_adapter(model.adapter, model.layers)
    # Every dense weight of the layers read changes, and only those.
    assert len(deltas) == len(tuning.TARGETS) * model.layers
    assert all(np.abs(d).max() > 0 for d in deltas.values())
    # Small: a few hundred thousand numbers.
    assert model.adapter.stat().st_size < 1_000_000


def test_the_makefile_installs_the_torch_the_trainer_names() -> None:
    makefile = (Path(__file__).resolve().parents[1] / "Makefile").read_text(encoding="utf-8")
    assert re.search(rf"^TORCH := {re.escape(tuning.TORCH_REQUIREMENT)}$", makefile, re.M)


@needs_model
def test_an_adapter_that_does_not_fit_the_encoder_is_refused() -> None:
    with pytest.raises(FramingError, match="does not fit the encoder"):
        Encoder(deltas={QUERY: np.ones((3, 3), dtype=np.float32)})


@needs_model
def test_the_encoder_reads_with_the_adapter_merged() -> None:
    model = load_context_model()
    assert model.adapter is not None
    deltas = load_adapter(model.adapter, model.layers)
    plain, adapted = Encoder(), Encoder(deltas=deltas)
    assert np.allclose(adapted.weights[QUERY], plain.weights[QUERY] + deltas[QUERY])
    ids, _ = plain.tokenizer.encode_text("The regime's thugs attacked protesters.", 64)
    mask = np.ones((1, len(ids)), dtype=bool)
    before = plain.hidden_states(np.array([ids]), mask, model.layers)
    after = adapted.hidden_states(np.array([ids]), mask, model.layers)
    assert before.shape == after.shape == (1, len(ids), HIDDEN)
    assert np.abs(after - before).max() > 1e-3


@needs_model
@needs_torch
def test_training_and_reading_compute_the_same_states(tmp_path: Path) -> None:
    """The trainer's PyTorch network and framing's numpy encoder with the
    adapter it writes give the same token states, so what the
    cross-validation measured is what framing reads."""
    import torch

    enc = Encoder()
    sentence = "Critics called the so-called reform a shameful power grab."
    ids, spans = enc.tokenizer.encode_text(sentence, 64)
    hits = tuning.hit_sentences(
        [(sentence, 19, 25), (sentence, 35, 43)], np.array([0.0, 1.0]), np.zeros((2, 3)), enc
    )
    probe = np.zeros(HIDDEN + 4)
    tensors, head = tuning.fit_adapter(enc, hits, probe, 2)
    assert head.shape == probe.shape and np.abs(head).max() > 0
    path = tmp_path / "adapter.safetensors"
    write_safetensors(path, tensors)
    adapted = Encoder(deltas=load_adapter(path, 2))
    mask = np.ones((1, len(ids)), dtype=bool)
    numpy_states = adapted.hidden_states(np.array([ids]), mask, 2)
    net = tuning._network(torch, enc, 2, probe)
    with torch.no_grad():
        for name, (a, b) in net.pairs.items():
            a[:] = torch.tensor(tensors[name + ".weight.lora_a"])
            b[:] = torch.tensor(tensors[name + ".weight.lora_b"]) / tuning.SCALE
        torch_states = net(torch.tensor([ids]), torch.tensor(mask)).numpy()
    assert np.abs(numpy_states - torch_states).max() < 1e-3
