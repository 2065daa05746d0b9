namespace OneStop.UtilityKernel;

public enum UtilityApplicationStatus
{
    Received,
}
