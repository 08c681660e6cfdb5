resource "google_workbench_instance" "secure" {
  gce_setup {
    boot_disk {
      disk_encryption = "CMEK"
      kms_key         = google_kms_crypto_key.vertex.id
    }
    data_disks {
      disk_encryption = "CMEK"
      kms_key         = google_kms_crypto_key.vertex.id
    }
  }
}
