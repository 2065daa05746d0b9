namespace OneStop.DeploymentTests;

public sealed class YamlLintTests
{
    [Fact]
    public void Deployment_yaml_passes_yamllint()
    {
        var result = Tools.Run("yamllint", ["--strict", "-c", ".yamllint.yaml", "docker-compose.yml", "deploy", "k8s", ".yamllint.yaml"]);

        Assert.True(result.ExitCode == 0, result.Describe());
    }
}
