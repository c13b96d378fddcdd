"""Benchmark names: parsing, round trips and stride inference."""

import random

import pytest

from mlirrl.benchmarks.generate import POOLS, draw_op, draw_sequence
from mlirrl.benchmarks.names import Conv2d, Matmul, Pooling, Relu, Sequence, infer_stride, parse_name
from mlirrl.errors import SuiteError

PAPER_NAMES = [
    "add_256_14_14_88",
    "conv_2d_nchw_fchw_256_128_28_28_512_1_1_28_28",
    "matmul_256_1536_1000",
    "pooling_nchw_max_256_64_114_114_3_56_56",
    "pooling_nchw_max_256_336_43_43_3_21_21",
    "relu_256_100",
    "relu_256_57_57_64",
    "conv_2d_nchw_fchw_128_128_14_14_96_3_3_6_6",
]


@pytest.mark.parametrize("name", PAPER_NAMES)
def test_paper_name_round_trip(name):
    assert parse_name(name).name == name


def test_matmul_shapes():
    spec = parse_name("matmul_256_1536_1000")
    assert spec == Matmul(256, 1536, 1000)
    assert spec.input_shapes == ((256, 1536), (1536, 1000))
    assert spec.output_shape == (256, 1000)


def test_conv_stride_inferred():
    spec = parse_name("conv_2d_nchw_fchw_128_128_14_14_96_3_3_6_6")
    assert isinstance(spec, Conv2d)
    assert spec.strides == (2, 2)
    assert spec.output_shape == (128, 96, 6, 6)


def test_pooling_stride_with_floor():
    # (114 - 3) / 55 is not an integer, but floor((114 - 3) / 2) + 1 == 56.
    spec = parse_name("pooling_nchw_max_256_64_114_114_3_56_56")
    assert isinstance(spec, Pooling)
    assert spec.strides == (2, 2)


def test_infer_stride_cases():
    assert infer_stride(28, 1, 28) == 1
    assert infer_stride(147, 3, 73) == 2
    assert infer_stride(7, 7, 1) == 1
    with pytest.raises(SuiteError, match="no stride"):
        infer_stride(28, 3, 20)


def test_relu_ranks():
    assert parse_name("relu_256_100") == Relu((256, 100))
    assert parse_name("relu_128_384_14_14").dims == (128, 384, 14, 14)


def test_sequence_round_trip():
    name = "seq_1x8x16x16_conv8k3s1_relu_pool2s2"
    spec = parse_name(name)
    assert isinstance(spec, Sequence)
    assert spec.name == name
    assert spec.shapes == [(1, 8, 16, 16), (1, 8, 14, 14), (1, 8, 14, 14), (1, 8, 7, 7)]


@pytest.mark.parametrize(
    "name, message",
    [
        ("matmul_1_2", "needs 3 dimensions"),
        ("conv_2d_nchw_fchw_1_8_16_16_8_3_3_20_20", "no stride"),
        ("relu_4_x", "not a positive integer"),
        ("transpose_4_4", "matches no known scheme"),
        ("seq_4x8_conv8k3s1", "needs a 4-D"),
        ("seq_4x8_gelu", "unknown step"),
        ("baryon_8_1", "LQCD"),
        ("model_vgg", "whole-model"),
    ],
)
def test_invalid_names_raise(name, message):
    with pytest.raises(SuiteError, match=message):
        parse_name(name)


@pytest.mark.parametrize("pool", ["paper", "small"])
def test_drawn_names_round_trip(pool):
    rng = random.Random(7)
    for family in ("matmul", "conv_2d", "pooling", "add", "relu"):
        for _ in range(20):
            spec = draw_op(family, POOLS[pool], rng)
            parsed = parse_name(spec.name)
            assert parsed == spec
            assert parsed.output_shape == spec.output_shape
            assert spec.iterations < POOLS[pool].max_iterations
    for length in (2, 3, 5):
        spec = draw_sequence(POOLS[pool], rng, length)
        assert parse_name(spec.name).shapes == spec.shapes
