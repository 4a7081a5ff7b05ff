variable "name" {
  description = "Prefix of every resource name."
  type        = string
  default     = "primetrade"
}

variable "environment" {
  description = "Environment tag, e.g. production or staging."
  type        = string
  default     = "production"
}

variable "region" {
  description = "AWS region."
  type        = string
}

variable "vpc_id" {
  description = "VPC that holds the cluster and the data stores."
  type        = string
}

variable "private_subnet_ids" {
  description = "Private subnets (at least two availability zones) for the database and Redis."
  type        = list(string)

  validation {
    condition     = length(var.private_subnet_ids) >= 2
    error_message = "Give at least two private subnets in different availability zones."
  }
}

variable "app_security_group_ids" {
  description = "Security groups of the Kubernetes nodes or pods allowed to reach PostgreSQL and Redis."
  type        = list(string)
}

variable "postgres_version" {
  description = "PostgreSQL major.minor version."
  type        = string
  default     = "16.4"
}

variable "db_instance_class" {
  description = "RDS instance class."
  type        = string
  default     = "db.t4g.medium"
}

variable "db_allocated_storage" {
  description = "Initial storage in GiB."
  type        = number
  default     = 50
}

variable "db_max_allocated_storage" {
  description = "Storage autoscaling ceiling in GiB."
  type        = number
  default     = 500
}

variable "db_multi_az" {
  description = "Standby in a second availability zone."
  type        = bool
  default     = true
}

variable "db_read_replicas" {
  description = "Number of read replicas (for read-heavy growth)."
  type        = number
  default     = 0
}

variable "db_backup_retention_days" {
  description = "Days of automated backups."
  type        = number
  default     = 7
}

variable "deletion_protection" {
  description = "Refuse to destroy the database."
  type        = bool
  default     = true
}

variable "redis_engine_version" {
  description = "ElastiCache Redis engine version."
  type        = string
  default     = "7.1"
}

variable "cache_node_type" {
  description = "Node type of the cache Redis (allkeys-lru)."
  type        = string
  default     = "cache.t4g.small"
}

variable "broker_node_type" {
  description = "Node type of the Celery broker Redis (noeviction)."
  type        = string
  default     = "cache.t4g.small"
}
