public enum AlphaSLOModule {}
