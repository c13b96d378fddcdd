"""Importing networks: op counts match the models, extracted programs parse."""

import collections

import pytest
import torch

from mlirrl.benchmarks import importer, irtools, models

pytest.importorskip("torch_mlir")


def count_modules(module, kind):
    return sum(1 for sub in module.modules() if isinstance(sub, kind))


def op_counts(text):
    return collections.Counter(op.name for op in irtools.describe_ops(text))


def test_resnet_conv_count():
    model, _ = models.resnet()
    counts = op_counts(importer.export_model("resnet"))
    assert counts["linalg.conv_2d_nchw_fchw"] == count_modules(model, torch.nn.Conv2d)
    assert counts["linalg.pooling_nchw_max"] == count_modules(model, torch.nn.MaxPool2d)


def test_bert_matmul_count():
    model, _ = models.bert()
    counts = op_counts(importer.export_model("bert"))
    layers = model.model.config.num_hidden_layers
    assert counts["linalg.matmul"] == count_modules(model, torch.nn.Linear)
    # Attention scores and the weighted sum of values, per layer.
    assert counts["linalg.batch_matmul"] == 2 * layers


def test_weights_become_arguments():
    text = importer.export_model("small_cnn")
    facts = irtools.program_facts(text)
    assert "dense_resource" not in text
    # image, then conv1 and conv2 weights and biases, linear weight and bias
    assert len(facts.inputs) == 7


def test_programs_parse_and_deduplicate():
    programs = importer.import_model("small_cnn")
    kinds = collections.Counter(program.kind for program in programs)
    assert kinds["model"] == 1
    assert kinds["op"] > 0
    assert kinds["block"] > 0
    assert len({program.text for program in programs}) == len(programs)
    for program in programs:
        facts = irtools.program_facts(program.text)
        assert facts.ops, program.name
    blocks = [program for program in programs if program.kind == "block"]
    assert all(2 <= sum(op.name != "linalg.fill" for op in block.ops) <= 5 for block in blocks)
