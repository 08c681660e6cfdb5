package dev.ward.posture.terraform.azure;

import static dev.ward.posture.PostureControls.*;

import dev.ward.core.CheckInfo;
import dev.ward.core.Severity;
import dev.ward.posture.terraform.TerraformModule;
import dev.ward.posture.terraform.TerraformResource;
import dev.ward.posture.terraform.TerraformResourceCheck;
import dev.ward.posture.terraform.Verdict;
import java.util.List;

/** Azure gives an availability SLA for read-write workloads only from 3 replicas. */
public final class SearchIndexSlaCheck extends TerraformResourceCheck {

    public SearchIndexSlaCheck() {
        super(new CheckInfo("tf.azure.search-index-sla", "Azure AI Search has fewer than 3 replicas (no SLA for index updates)", Severity.LOW,
                List.of(LLM10_CONSUMPTION, ATLAS_DENIAL, NIST_SECURITY),
                "Set replica_count = 3 (or more) on the azurerm_search_service."),
                List.of("azurerm_search_service"), List.of("CKV_AZURE_208"));
    }

    @Override
    public Verdict evaluate(TerraformResource r, TerraformModule module) {
        return Verdict.require(ReplicaCount.atLeast(r, 3), "replica_count", "replica_count is below 3");
    }
}
