public enum AlphaStoreSQLiteModule {}
