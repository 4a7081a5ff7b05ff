# Two Redis replication groups: an eviction policy is per instance, and broker keys (queued tasks)
# must never be evicted while cache keys may be evicted at any time.

resource "aws_elasticache_subnet_group" "main" {
  name       = "${var.name}-redis"
  subnet_ids = var.private_subnet_ids
}

resource "aws_elasticache_parameter_group" "broker" {
  name   = "${var.name}-broker"
  family = "redis7"

  parameter {
    name  = "maxmemory-policy"
    value = "noeviction"
  }
}

resource "aws_elasticache_parameter_group" "cache" {
  name   = "${var.name}-cache"
  family = "redis7"

  parameter {
    name  = "maxmemory-policy"
    value = "allkeys-lru"
  }
}

# Auth tokens are generated here and published in Secrets Manager; they live only in the
# (encrypted) state and the secret, never in a file.
resource "random_password" "redis" {
  for_each = toset(["broker", "cache"])

  length  = 48
  special = false
}

resource "aws_elasticache_replication_group" "broker" {
  replication_group_id = "${var.name}-broker"
  description          = "Celery broker (noeviction)"
  engine               = "redis"
  engine_version       = var.redis_engine_version
  node_type            = var.broker_node_type
  port                 = 6379
  parameter_group_name = aws_elasticache_parameter_group.broker.name
  subnet_group_name    = aws_elasticache_subnet_group.main.name
  security_group_ids   = [aws_security_group.redis.id]

  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true

  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  auth_token                 = random_password.redis["broker"].result

  snapshot_retention_limit = 3
  apply_immediately        = false
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id = "${var.name}-cache"
  description          = "Application cache (allkeys-lru)"
  engine               = "redis"
  engine_version       = var.redis_engine_version
  node_type            = var.cache_node_type
  port                 = 6379
  parameter_group_name = aws_elasticache_parameter_group.cache.name
  subnet_group_name    = aws_elasticache_subnet_group.main.name
  security_group_ids   = [aws_security_group.redis.id]

  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true

  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  auth_token                 = random_password.redis["cache"].result

  snapshot_retention_limit = 0
  apply_immediately        = false
}

resource "aws_secretsmanager_secret" "redis" {
  for_each = toset(["broker", "cache"])

  name        = "${var.name}/redis-${each.key}"
  description = "Auth token and URL of the ${each.key} Redis"
}

resource "aws_secretsmanager_secret_version" "redis" {
  for_each = aws_secretsmanager_secret.redis

  secret_id = each.value.id
  secret_string = jsonencode({
    auth_token = random_password.redis[each.key].result
    url = format(
      "rediss://:%s@%s:6379/0",
      random_password.redis[each.key].result,
      each.key == "broker" ? aws_elasticache_replication_group.broker.primary_endpoint_address : aws_elasticache_replication_group.cache.primary_endpoint_address,
    )
  })
}
