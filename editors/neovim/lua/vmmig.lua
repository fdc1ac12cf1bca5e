-- vmmig for Neovim (0.7 or newer): .vmig files get the vmmig language server (`vmmig lsp`) through Neovim's
-- built-in LSP client: diagnostics, completion, hover, go to definition, references, rename, formatting, code
-- actions. One server process serves every .vmig buffer of the session.
--
--   -- init.lua
--   vim.opt.runtimepath:append('/path/to/vmmig/editors/neovim')
--   require('vmmig').setup({ cmd = { '/path/to/vmmig/vmmig', 'lsp' } })
--
-- Options: cmd (default { 'vmmig', 'lsp' }), root_dir (default: the nearest directory above the file holding
-- .git, else Neovim's working directory), on_attach (function(client, bufnr) for your key mappings).
local M = {}

local function root_of(file)
  local git = vim.fn.finddir('.git', vim.fn.fnamemodify(file, ':p:h') .. ';')
  if git ~= '' then
    return vim.fn.fnamemodify(git, ':p:h:h')
  end
  return vim.fn.getcwd()
end

function M.setup(opts)
  opts = opts or {}
  local cmd = opts.cmd or { 'vmmig', 'lsp' }
  local client_id = nil
  local group = vim.api.nvim_create_augroup('vmmig', { clear = true })
  vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
    group = group,
    pattern = '*.vmig',
    callback = function(args)
      vim.bo[args.buf].filetype = 'vmig'
      vim.bo[args.buf].commentstring = '// %s'
      if client_id == nil or vim.lsp.get_client_by_id(client_id) == nil then
        client_id = vim.lsp.start_client({
          name = 'vmmig',
          cmd = cmd,
          root_dir = opts.root_dir or root_of(vim.api.nvim_buf_get_name(args.buf)),
          on_attach = opts.on_attach,
        })
      end
      if client_id ~= nil then
        vim.lsp.buf_attach_client(args.buf, client_id)
      end
    end,
  })
end

return M
