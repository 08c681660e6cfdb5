package dev.ward.posture.terraform.azure;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** A minimum above 0 bills GPU nodes around the clock and leaves them up as targets. */
public final class MlComputeClusterMinNodesCheck extends TerraformResourceCheck {

    public MlComputeClusterMinNodesCheck() {
        super(new CheckInfo("tf.azure.ml-compute-cluster-min-nodes", "Azure ML compute cluster keeps nodes running when idle", Severity.LOW,
                List.of(LLM10_CONSUMPTION, ATLAS_COST_HARVESTING, CWE_UNLIMITED_RESOURCES),
                "Set scale_settings { min_node_count = 0 } on the azurerm_machine_learning_compute_cluster."),
                List.of("azurerm_machine_learning_compute_cluster"), List.of("CKV_AZURE_150"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(r.string("scale_settings.min_node_count").map(n -> n.equals("0")).orElse(!r.has("scale_settings.min_node_count")),
                "scale_settings.min_node_count", "scale_settings.min_node_count is not 0");
    }
}
