output "postgres_endpoint" {
  description = "host:port of the primary (PgBouncer's DB_HOST is the host part)."
  value       = aws_db_instance.main.endpoint
}

output "postgres_replica_endpoints" {
  description = "host:port of each read replica."
  value       = aws_db_instance.replica[*].endpoint
}

output "postgres_master_secret_arn" {
  description = "Secrets Manager ARN of the RDS-managed master password."
  value       = aws_db_instance.main.master_user_secret[0].secret_arn
}

output "redis_broker_endpoint" {
  description = "Primary endpoint of the broker Redis (CELERY_BROKER_URL, REDIS_BROKER_ADDRESS)."
  value       = aws_elasticache_replication_group.broker.primary_endpoint_address
}

output "redis_cache_endpoint" {
  description = "Primary endpoint of the cache Redis (CACHE_URL)."
  value       = aws_elasticache_replication_group.cache.primary_endpoint_address
}

output "redis_secret_arns" {
  description = "Secrets Manager ARNs holding each Redis auth token and URL."
  value       = { for key, secret in aws_secretsmanager_secret.redis : key => secret.arn }
}
