namespace ConfigLint.Tests.Support;

/// <summary>A workspace with the inputs that break careless tools: bad syntax, binary, empty, huge lines, bad UTF-8.</summary>
public static class HostileWorkspace
{
    public static TempWorkspace Create()
    {
        var workspace = new TempWorkspace();
        workspace.Write("app/.env", "PORT=3000\nPORT=3001\nname = value with spaces\nBROKEN LINE\nQUOTE=\"never closed\n");
        workspace.Write("app/.env.production", "PORT=80\n# configlint-disable-next-line CL5004 -- the loader lowercases keys itself\nlower=1\n# configlint-disable-next-line CL5001\nUNUSED=1\n");
        workspace.Write("app/.env.example", "PORT=\nNAME=\n");
        workspace.Write("empty/.env", string.Empty);
        workspace.Write("huge/.env", "LONG=" + new string('x', 200_000) + " tail\n");
        workspace.Write("secrets/.env", "STRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dcQ9\n");
        workspace.WriteBytes("binary/.env", [0x50, 0x3D, 0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00]);
        workspace.WriteBytes("latin1/.env", [0x4E, 0x3D, 0x63, 0x61, 0x66, 0xE9, 0x0A]);
        return workspace;
    }
}
