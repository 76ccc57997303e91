public enum AlphaStorePostgresModule {}
