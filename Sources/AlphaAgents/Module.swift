public enum AlphaAgentsModule {}
